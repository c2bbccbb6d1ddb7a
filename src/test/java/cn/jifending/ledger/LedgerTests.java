package cn.jifending.ledger;

import cn.jifending.audit.Source;
import cn.jifending.scoring.FactKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MariaDbTestBase;
import cn.jifending.audit.AuditLog;
import cn.jifending.audit.AuditRecord;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LedgerTests extends MariaDbTestBase {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR_12 = LocalDate.of(2026, 3, 12);

    @Autowired
    Ledger ledger;
    @Autowired
    PeriodLocks locks;
    @Autowired
    Organization organization;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    OrgFixture fixture;
    Branch branch;
    Member member;

    @BeforeEach
    void organization() {
        fixture = new OrgFixture(organization);
        branch = fixture.branch();
        member = fixture.member(branch, JAN_1);
    }

    @Test
    void recordsAFactWithItsProvenance() {
        Fact f = ledger.record(attendance(MAR_12, "PRESENT", "msg-1").withEventRef("meeting-7"));

        assertThat(f.id()).isPositive();
        assertThat(f.recordedBy()).isEqualTo("recorder");
        assertThat(f.recordedAt()).isNotNull();
        assertThat(f.source()).isEqualTo(Source.chat("msg-1"));
        assertThat(f.eventRef()).isEqualTo("meeting-7");
        assertThat(ledger.factsOf(member.id(), 2026)).containsExactly(f);
        assertThat(ledger.factsOf(member.id(), 2025)).isEmpty();
    }

    @Test
    void recordingTheSameSourceTwiceHasOneEffect() {
        Fact first = ledger.record(attendance(MAR_12, "PRESENT", "msg-dup"));
        Fact again = ledger.record(attendance(MAR_12, "ABSENT", "msg-dup"));

        assertThat(again).isEqualTo(first);
        assertThat(ledger.factsOf(member.id(), 2026)).hasSize(1);
        assertThat(audit.entriesFor("ledger_fact", String.valueOf(first.id()))).hasSize(1);

        Fact otherSource = ledger.record(attendance(MAR_12, "PRESENT", "msg-other"));
        assertThat(otherSource.id()).isNotEqualTo(first.id());
    }

    @Test
    void aCorrectionLinksToTheFactItCorrectsAndLeavesItUntouched() {
        Fact original = ledger.record(attendance(MAR_12, "ABSENT", "msg-2"));

        Fact replacement = ledger.correct(original.id(), Correction.replacement(null, MAR_12, "EXCUSED",
                "leave was approved", Source.cardAction("card-1", "fix"), "secretary"));

        assertThat(replacement.corrects()).isEqualTo(original.id());
        assertThat(replacement.kind()).isEqualTo(FactKind.ATTENDANCE);
        assertThat(replacement.item()).isEqualTo("collective_study");
        assertThat(replacement.value()).isEqualTo("EXCUSED");
        assertThat(replacement.reason()).isEqualTo("leave was approved");
        assertThat(ledger.find(original.id())).contains(original);

        Fact reversal = ledger.correct(replacement.id(), Correction.reversal("meeting never happened",
                Source.chat("msg-3"), "secretary"));
        assertThat(reversal.kind()).isEqualTo(FactKind.REVERSAL);
        assertThat(reversal.corrects()).isEqualTo(replacement.id());
        assertThat(reversal.occurredOn()).isEqualTo(MAR_12);
        assertThat(ledger.factsOf(member.id(), 2026)).containsExactly(original, replacement, reversal);
    }

    @Test
    void onlyTheLatestVersionCanBeCorrected() {
        Fact original = ledger.record(attendance(MAR_12, "ABSENT", "msg-4"));
        ledger.correct(original.id(), Correction.reversal("wrong member", Source.chat("msg-5"), "secretary"));

        assertThatThrownBy(() -> ledger.correct(original.id(),
                Correction.reversal("again", Source.chat("msg-6"), "secretary")))
                .isInstanceOf(LedgerException.class).hasMessageContaining("already corrected");
    }

    @Test
    void aLockedPeriodRefusesWritesButTakesApprovedCorrections() {
        Fact before = ledger.record(attendance(MAR_12, "ABSENT", "msg-7"));
        locks.lock(branch.id(), 2026, 1, "secretary", cn.jifending.audit.Source.system("test"));

        assertThat(locks.isLocked(branch.id(), MAR_12)).isTrue();
        assertThat(locks.isLocked(branch.id(), LocalDate.of(2026, 4, 1))).isFalse();
        assertThatThrownBy(() -> ledger.record(attendance(LocalDate.of(2026, 2, 3), "PRESENT", "msg-8")))
                .isInstanceOf(PeriodLockedException.class).hasMessageContaining("Q1");
        Correction unapproved = Correction.replacement(null, MAR_12, "PRESENT", "signed in late",
                Source.chat("msg-9"), "recorder");
        assertThatThrownBy(() -> ledger.correct(before.id(), unapproved)).isInstanceOf(PeriodLockedException.class);
        assertThat(ledger.factsOf(member.id(), 2026)).containsExactly(before);

        Fact approved = ledger.correct(before.id(), unapproved.approvedBy("committee-minutes-2026-04"));

        assertThat(approved.approvalRef()).isEqualTo("committee-minutes-2026-04");
        assertThat(approved.corrects()).isEqualTo(before.id());
        assertThat(ledger.record(attendance(LocalDate.of(2026, 4, 2), "PRESENT", "msg-10")).id()).isPositive();
    }

    @Test
    void everyWriteLeavesAnAuditRow() {
        Fact f = ledger.record(NewFact.of(FactKind.DUES, branch.id(), member.id(), null, LocalDate.of(2026, 5, 1),
                "LATE", Source.importFile("abc123"), "recorder"));
        ledger.correct(f.id(), Correction.replacement(null, f.occurredOn(), "ON_TIME", "bank delay",
                Source.chat("msg-11"), "secretary"));
        locks.lock(branch.id(), 2026, 2, "secretary", cn.jifending.audit.Source.system("test"));

        List<AuditRecord> entries = audit.entriesFor("ledger_fact", String.valueOf(f.id()));
        assertThat(entries).extracting(r -> r.entry().action())
                .containsExactly("ledger.fact.recorded", "ledger.fact.corrected");
        assertThat(entries.get(0).entry().source()).isEqualTo(Source.importFile("abc123"));
        assertThat(entries.get(1).entry().actor()).isEqualTo("secretary");
        Long lockId = jdbc.queryForObject("SELECT id FROM ledger_period_lock WHERE branch_id = ?", Long.class,
                branch.id());
        assertThat(audit.entriesFor("ledger_period_lock", String.valueOf(lockId)))
                .extracting(r -> r.entry().action()).containsExactly("ledger.period.locked");
    }

    @Test
    void factsAreCheckedAgainstTheirKindAndTheMembership() {
        assertThatThrownBy(() -> ledger.record(attendance(MAR_12, "MAYBE", "m-a"))).isInstanceOf(LedgerException.class);
        assertThatThrownBy(() -> ledger.record(NewFact.of(FactKind.XUEXI_MISSED_DAYS, branch.id(), member.id(), null,
                LocalDate.of(2026, 3, 2), "3", Source.chat("m-b"), "recorder"))).hasMessageContaining("1st");
        assertThatThrownBy(() -> ledger.record(NewFact.of(FactKind.REVIEW, branch.id(), member.id(), null,
                LocalDate.of(2026, 1, 1), "GREAT", Source.chat("m-c"), "recorder"))).isInstanceOf(LedgerException.class);
        assertThatThrownBy(() -> ledger.record(NewFact.of(FactKind.MEMBERSHIP, branch.id(), member.id(), null,
                MAR_12, "FORMAL", Source.chat("m-d"), "recorder"))).isInstanceOf(LedgerException.class);
        assertThatThrownBy(() -> ledger.record(NewFact.of(FactKind.FEATURED, branch.id(), member.id(), "grid_work",
                LocalDate.of(2025, 6, 1), "2", Source.chat("m-e"), "recorder")))
                .hasMessageContaining("does not belong");
        Fact points = ledger.record(NewFact.of(FactKind.FEATURED, branch.id(), member.id(), "branch:pioneer",
                MAR_12, "1.50", Source.chat("m-f"), "recorder"));
        assertThat(points.value()).isEqualTo("1.5");
    }

    @Test
    void aMemberMovedBetweenBranchesKeepsBothLedgers() {
        Branch second = fixture.branch();
        ledger.record(attendance(MAR_12, "PRESENT", "m-move-1"));
        organization.moveMember(member.id(), second.id(), null, LocalDate.of(2026, 7, 1), OrgFixture.ADMIN);
        ledger.record(NewFact.of(FactKind.ATTENDANCE, second.id(), member.id(), "party_day",
                LocalDate.of(2026, 8, 5), "PRESENT", Source.chat("m-move-2"), "recorder"));
        assertThatThrownBy(() -> ledger.record(attendance(LocalDate.of(2026, 8, 5), "PRESENT", "m-move-3")))
                .isInstanceOf(LedgerException.class);

        List<MemberYear> first = new ArrayList<>();
        ledger.forEachMemberYear(branch.id(), 2026, first::add);
        List<MemberYear> other = new ArrayList<>();
        ledger.forEachMemberYear(second.id(), 2026, other::add);

        assertThat(first).singleElement().satisfies(y -> {
            assertThat(y.facts()).extracting(Fact::item).containsExactly("collective_study");
            assertThat(y.membership()).singleElement()
                    .satisfies(p -> assertThat(p.to()).isEqualTo(LocalDate.of(2026, 6, 30)));
        });
        assertThat(other).singleElement().satisfies(y -> {
            assertThat(y.facts()).extracting(Fact::item).containsExactly("party_day");
            assertThat(y.membership()).singleElement()
                    .satisfies(p -> assertThat(p.from()).isEqualTo(LocalDate.of(2026, 7, 1)));
        });
        assertThat(ledger.factsOf(member.id(), 2026)).hasSize(2);
    }

    @Test
    void theApiOffersNoWayToChangeOrDeleteAFact() {
        List<String> verbs = List.of("update", "delete", "remove", "edit", "change", "modify", "set", "save");
        for (Class<?> api : List.of(Ledger.class, PeriodLocks.class, LedgerExport.class, Fact.class)) {
            assertThat(Arrays.stream(api.getMethods()).map(Method::getName))
                    .as(api.getSimpleName())
                    .noneMatch(name -> verbs.stream().anyMatch(v -> name.toLowerCase(Locale.ROOT).startsWith(v)));
        }
        Fact f = ledger.record(attendance(MAR_12, "PRESENT", "msg-immutable"));
        ledger.correct(f.id(), Correction.reversal("test", Source.chat("msg-immutable-2"), "secretary"));
        assertThat(ledger.find(f.id())).contains(f);
    }

    private NewFact attendance(LocalDate on, String value, String msgId) {
        return NewFact.of(FactKind.ATTENDANCE, branch.id(), member.id(), "collective_study", on, value,
                Source.chat(msgId), "recorder");
    }
}
