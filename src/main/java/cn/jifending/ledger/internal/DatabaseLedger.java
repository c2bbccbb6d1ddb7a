package cn.jifending.ledger.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.ledger.Correction;
import cn.jifending.ledger.Fact;
import cn.jifending.scoring.FactKind;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.LedgerException;
import cn.jifending.ledger.MemberYear;
import cn.jifending.ledger.NewFact;
import cn.jifending.ledger.PeriodLockedException;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.organization.MemberDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class DatabaseLedger implements Ledger {

    private final FactMapper facts;
    private final PeriodLocks locks;
    private final MemberDirectory directory;
    private final AuditLog audit;
    private final LedgerClock clock;
    private final MemberYears memberYears;

    DatabaseLedger(FactMapper facts, PeriodLocks locks, MemberDirectory directory, AuditLog audit,
                   LedgerClock clock, MemberYears memberYears) {
        this.facts = facts;
        this.locks = locks;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.memberYears = memberYears;
    }

    @Override
    @Transactional
    public Fact record(NewFact f) {
        if (f.kind() == FactKind.REVERSAL) {
            throw new LedgerException("a REVERSAL is written by correct(), naming the fact it cancels");
        }
        String item = FactRules.item(f.kind(), f.item());
        String key = FactKeys.dedupeKey(f.source(), f.memberId(), f.kind(), item, f.occurredOn(), null);
        Optional<Fact> earlier = byKey(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String value = FactRules.check(f.kind(), f.occurredOn(), f.value());
        requireMembership(f.branchId(), f.memberId(), f.kind(), f.occurredOn());
        refuseIfLocked(f.branchId(), f.occurredOn(), f.kind() == FactKind.REVIEW);
        FactRow row = FactKeys.row(f, item, value, null, key, clock.now());
        facts.insert(row);
        Fact fact = FactKeys.fact(row);
        audit.record(FactKeys.details(AuditEntry.of(f.recordedBy(), "ledger.fact.recorded", "ledger_fact", fact.id(),
                f.source()), fact));
        return fact;
    }

    @Override
    @Transactional
    public Fact correct(long factId, Correction c) {
        Fact original = find(factId).orElseThrow(() -> new LedgerException("no fact " + factId));
        FactKind kind = c.reversal() ? FactKind.REVERSAL : original.kind();
        String item = c.reversal() ? null : FactRules.item(kind, c.item() == null ? original.item() : c.item());
        LocalDate on = c.reversal() ? original.occurredOn() : c.occurredOn();
        String key = FactKeys.dedupeKey(c.source(), original.memberId(), kind, item, on, factId);
        Optional<Fact> earlier = byKey(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (original.kind() == FactKind.REVERSAL) {
            throw new LedgerException("fact " + factId + " is a reversal; record the fact again instead");
        }
        FactRow later = facts.selectOne(query().eq(FactRow::getCorrects, factId));
        if (later != null) {
            throw new LedgerException("fact " + factId + " was already corrected by fact " + later.id
                    + "; correct that one instead");
        }
        String value = FactRules.check(kind, on, c.reversal() ? null : c.value());
        boolean approved = c.approvalRef() != null && !c.approvalRef().isBlank();
        refuseIfLocked(original.branchId(), original.occurredOn(), approved);
        refuseIfLocked(original.branchId(), on, approved);
        if (!c.reversal()) {
            requireMembership(original.branchId(), original.memberId(), kind, on);
        }
        NewFact replacement = new NewFact(kind, original.branchId(), original.memberId(), item, on, value,
                c.source(), c.actor(), c.reason(), original.eventRef(), c.approvalRef());
        FactRow row = FactKeys.row(replacement, item, value, factId, key, clock.now());
        facts.insert(row);
        Fact fact = FactKeys.fact(row);
        audit.record(FactKeys.details(AuditEntry.of(c.actor(), "ledger.fact.corrected", "ledger_fact", factId,
                c.source()), fact).with("by_fact", fact.id()).with("reason", c.reason()));
        return fact;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Fact> find(long factId) {
        return Optional.ofNullable(facts.selectById(factId)).map(FactKeys::fact);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> factIdsRecordedBetween(LocalDateTime from, LocalDateTime to) {
        return facts.selectList(query().select(FactRow::getId).ge(FactRow::getRecordedAt, from)
                        .lt(FactRow::getRecordedAt, to).orderByAsc(FactRow::getId))
                .stream().map(r -> r.id).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Fact> factsOf(long memberId, int year) {
        return facts.selectList(query().eq(FactRow::getMemberId, memberId)
                        .between(FactRow::getOccurredOn, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                        .orderByAsc(FactRow::getId))
                .stream().map(FactKeys::fact).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachMemberYear(long branchId, int year, Consumer<MemberYear> consumer) {
        memberYears.stream(branchId, year, consumer);
    }

    private static LambdaQueryWrapper<FactRow> query() {
        return Wrappers.lambdaQuery(FactRow.class);
    }

    private Optional<Fact> byKey(String key) {
        return Optional.ofNullable(facts.selectOne(query().eq(FactRow::getDedupeKey, key)))
                .map(FactKeys::fact);
    }

    private void refuseIfLocked(long branchId, LocalDate date, boolean approvedCorrection) {
        if (!approvedCorrection && locks.isLocked(branchId, date)) {
            throw new PeriodLockedException(branchId, date, DatabasePeriodLocks.quarterOf(date));
        }
    }

    private void requireMembership(long branchId, long memberId, FactKind kind, LocalDate on) {
        LocalDate[] period = FactRules.period(kind, on);
        boolean member = directory.spellsOf(memberId).stream()
                .anyMatch(s -> s.branchId() == branchId && s.overlaps(period[0], period[1]));
        if (!member) {
            throw new LedgerException("member " + memberId + " does not belong to branch " + branchId
                    + " between " + period[0] + " and " + period[1]);
        }
    }
}
