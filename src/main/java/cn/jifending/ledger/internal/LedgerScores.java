package cn.jifending.ledger.internal;

import cn.jifending.ledger.BranchItemDefinitions;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ledger facts + membership spells → the scoring engine. */
@Service
class LedgerScores implements Scores {

    private final MemberDirectory directory;
    private final SchemeRegistry schemes;
    private final ScoreCalculator calculator;
    private final MemberYears memberYears;
    private final BranchItemDefinitions branchItems;
    private final ScoringWorkers workers;

    LedgerScores(MemberDirectory directory, SchemeRegistry schemes, ScoreCalculator calculator,
                 MemberYears memberYears, ObjectProvider<BranchItemDefinitions> branchItems, ScoringWorkers workers) {
        this.workers = workers;
        this.branchItems = branchItems.getIfAvailable(() -> BranchItemDefinitions.NONE);
        this.memberYears = memberYears;
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
        List<cn.jifending.scoring.Fact> facts = memberYears.memberForScoring(memberId, year);
        return calculator.year(scoringInput(memberId, member.get().name(), branchId, periods, facts), year,
                branchItems.approved(year));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachYear(long branchId, int year, Consumer<YearResult> consumer) {
        List<cn.jifending.scoring.BranchItem> items = branchItems.approved(year);
        List<MembershipSpell> spells = directory.spellsInBranch(branchId, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        // members also in another branch this year are scored over all their branches: read before the scan
        Map<Long, Optional<YearResult>> movers = new HashMap<>();
        for (long memberId : alsoInOtherBranches(branchId, year, spells)) {
            movers.put(memberId, yearOf(memberId, year));
        }
        ResultsInOrder results = new ResultsInOrder(workers);
        try {
            memberYears.streamForScoring(branchId, year, spells, (memberId, member, membership, facts) -> {
                Optional<YearResult> moved = movers.remove(memberId);
                if (moved != null) {
                    results.ready(moved);
                } else if (member == null || membership.isEmpty()) {
                    results.afterScan(() -> withoutSpellHere(memberId, member, branchId, year, facts, items));
                } else {
                    MemberFacts input = scoringInput(memberId, member.name(), branchId, membership, facts);
                    results.score(() -> calculator.year(input, year, items));
                }
            });
            results.deliver(consumer); // after the scan: consumers may read the database
        } catch (RuntimeException | Error e) {
            results.abandon();
            throw e;
        }
    }

    /** A member with facts in the branch but no spell there in the year (rare), looked up after the scan. */
    private Optional<YearResult> withoutSpellHere(long memberId, Member known, long branchId, int year,
                                                  List<cn.jifending.scoring.Fact> facts,
                                                  List<cn.jifending.scoring.BranchItem> items) {
        if (belongsElsewhereToo(memberId, year)) {
            return yearOf(memberId, year);
        }
        Member member = known != null ? known : directory.member(memberId).orElseThrow();
        return calculator.year(scoringInput(memberId, member.name(), branchId, List.of(), facts), year, items);
    }

    /** The branch's members of the year (their spells in it given) who also belonged to another branch that year. */
    private Set<Long> alsoInOtherBranches(long branchId, int year, List<MembershipSpell> spellsHere) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Set<Long> ids = new HashSet<>();
        spellsHere.forEach(s -> ids.add(s.memberId()));
        Set<Long> out = new HashSet<>();
        directory.spellsOfMembers(ids).forEach((memberId, spells) -> {
            if (spells.stream().anyMatch(s -> s.branchId() != branchId && !s.joinedOn().isAfter(to)
                    && (s.leftOn() == null || !s.leftOn().isBefore(from)))) {
                out.add(memberId);
            }
        });
        return out;
    }

    /** For a member with facts in the branch but no spell there in the year (rare): one query. */
    private boolean belongsElsewhereToo(long memberId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return directory.spellsOf(memberId).stream()
                .anyMatch(s -> !s.joinedOn().isAfter(to) && (s.leftOn() == null || !s.leftOn().isBefore(from)));
    }

    /** Scoring input from facts already in scoring's shape (the branch stream reads only those columns). */
    private static MemberFacts scoringInput(long memberId, String name, Long branchId, List<MembershipPeriod> periods,
                                            List<cn.jifending.scoring.Fact> facts) {
        List<cn.jifending.scoring.Fact> input = new ArrayList<>(periods.size() + facts.size());
        for (MembershipPeriod p : periods) {
            input.add(new cn.jifending.scoring.Fact(p.factId(), FactKind.MEMBERSHIP, null, p.from(), p.to(),
                    p.category() == MemberCategory.PROBATIONARY ? "PROBATIONARY" : "FORMAL", null));
        }
        input.addAll(facts);
        return new MemberFacts(String.valueOf(memberId), name, branchId == null ? null : String.valueOf(branchId),
                input);
    }
}
