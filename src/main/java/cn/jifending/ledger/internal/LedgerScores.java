package cn.jifending.ledger.internal;

import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.MemberYear;
import cn.jifending.ledger.MembershipPeriod;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberCategory;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.MemberFacts;
import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.SchemeRegistry;
import cn.jifending.scoring.ScoreCalculator;
import cn.jifending.scoring.YearResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ledger facts + membership spells → the scoring engine. */
@Service
class LedgerScores implements Scores {

    private final Ledger ledger;
    private final MemberDirectory directory;
    private final SchemeRegistry schemes;
    private final ScoreCalculator calculator;

    LedgerScores(Ledger ledger, MemberDirectory directory, SchemeRegistry schemes, ScoreCalculator calculator) {
        this.ledger = ledger;
        this.directory = directory;
        this.schemes = schemes;
        this.calculator = calculator;
    }

    @Override
    public Scheme schemeFor(int year) {
        return schemes.forYear(year);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<YearResult> yearOf(long memberId, int year) {
        Optional<Member> member = directory.member(memberId);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<MembershipSpell> spells = directory.spellsOf(memberId);
        List<MembershipPeriod> periods = MemberYears.periods(member.get(), spells, from, to);
        Long branchId = periods.isEmpty() ? null : periods.get(periods.size() - 1).branchId();
        return calculator.year(memberFacts(memberId, member.get().name(), branchId, periods,
                ledger.factsOf(memberId, year)), year);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachYear(long branchId, int year, Consumer<YearResult> consumer) {
        ledger.forEachMemberYear(branchId, year, memberYear -> {
            Optional<YearResult> result = belongsElsewhereToo(memberYear, year)
                    ? yearOf(memberYear.memberId(), year)
                    : calculator.year(memberFacts(memberYear.memberId(), memberYear.name(), branchId,
                            memberYear.membership(), memberYear.facts()), year);
            result.ifPresent(consumer);
        });
    }

    private boolean belongsElsewhereToo(MemberYear memberYear, int year) {
        long branchId = memberYear.membership().isEmpty() ? -1 : memberYear.membership().get(0).branchId();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return directory.spellsOf(memberYear.memberId()).stream()
                .anyMatch(s -> s.branchId() != branchId
                        && !s.joinedOn().isAfter(to) && (s.leftOn() == null || !s.leftOn().isBefore(from)));
    }

    private static MemberFacts memberFacts(long memberId, String name, Long branchId,
                                           List<MembershipPeriod> periods, List<Fact> facts) {
        List<cn.jifending.scoring.Fact> input = new ArrayList<>(periods.size() + facts.size());
        for (MembershipPeriod p : periods) {
            input.add(new cn.jifending.scoring.Fact(p.factId(), FactKind.MEMBERSHIP, null, p.from(), p.to(),
                    p.category() == MemberCategory.PROBATIONARY ? "PROBATIONARY" : "FORMAL", null));
        }
        for (Fact f : facts) {
            input.add(new cn.jifending.scoring.Fact(String.valueOf(f.id()), f.kind(), f.item(), f.occurredOn(),
                    f.endsOn(), f.value(), f.corrects() == null ? null : String.valueOf(f.corrects())));
        }
        return new MemberFacts(String.valueOf(memberId), name, branchId == null ? null : String.valueOf(branchId),
                input);
    }
}
