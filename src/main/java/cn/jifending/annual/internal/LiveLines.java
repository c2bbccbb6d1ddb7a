package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualLine;
import cn.jifending.annual.AnnualResults;
import cn.jifending.annual.AwardsEligibility;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.QuarterFigure;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.scoring.QuarterResult;
import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.Standing;
import cn.jifending.scoring.YearResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year of a branch with its standing: computed from the ledger ({@link Scores}) until the
 * 机关党委 froze it, then read from the annual snapshot.
 */
@Service
class LiveLines implements AnnualResults, AwardsEligibility {

    private final Scores scores;
    private final Evaluation evaluation;
    private final MemberDirectory directory;
    private final AnnualStore store;

    LiveLines(Scores scores, Evaluation evaluation, MemberDirectory directory, AnnualStore store) {
        this.scores = scores;
        this.evaluation = evaluation;
        this.directory = directory;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AnnualLine> linesOf(long branchId, int year) {
        String branchName = directory.branch(branchId).map(Branch::name).orElse("");
        Optional<AnnualStore.Round> round = store.round(branchId, year);
        if (round.isPresent() && store.frozen(round.get().id())) {
            Scheme scheme = scores.schemeFor(year);
            return store.snapshot(round.get().id(), branchName).stream().map(l -> withTierName(l, scheme)).toList();
        }
        return live(branchId, year);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isFrozen(long branchId, int year) {
        return store.round(branchId, year).map(r -> store.frozen(r.id())).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEligible(long memberId, int year) {
        return store.eligible(memberId, year);
    }

    /** Computed now from the ledger, with corrections since the quarter snapshots marked. */
    List<AnnualLine> live(long branchId, int year) {
        String branchName = directory.branch(branchId).map(Branch::name).orElse("");
        Scheme scheme = scores.schemeFor(year);
        // Last year's results of the branch in one pass (the two-years-below-the-line rule needs them), not one
        // scoring read per member; a member who was not in this branch last year is looked up alone.
        Map<String, YearResult> lastYear = new HashMap<>();
        scores.forEachYear(branchId, year - 1, r -> lastYear.put(r.memberId(), r));
        List<AnnualLine> lines = new ArrayList<>();
        scores.forEachYear(branchId, year, r -> lines.add(line(r, branchId, branchName, scheme, lastYear)));
        return lines;
    }

    private AnnualLine line(YearResult r, long branchId, String branchName, Scheme scheme,
                            Map<String, YearResult> lastYear) {
        long memberId = Long.parseLong(r.memberId());
        Optional<YearResult> previous = Optional.ofNullable(lastYear.get(r.memberId()))
                .or(() -> scores.yearOf(memberId, r.year() - 1));
        Standing standing = Standing.assess(scheme, r, previous);
        String userId = directory.findByMemberId(memberId).map(Person::userId).orElse("");
        return new AnnualLine(memberId, userId, r.name(), branchId, branchName, r.type().name(), r.base(),
                r.featured(), r.review(), r.composite(), standing.tier(),
                standing.tierName() + (standing.consecutiveFlag() ? "；" + scheme.consecutive().name() : ""),
                standing.warning(),
                standing.consecutiveFlag(), corrected(memberId, r));
    }

    private boolean corrected(long memberId, YearResult r) {
        for (QuarterFigure f : evaluation.quarterFigures(memberId, r.year())) {
            Optional<QuarterResult> now = r.quarter(f.quarter());
            if (now.isEmpty() || now.get().total().compareTo(f.total()) != 0) {
                return true;
            }
        }
        return false;
    }

    private static AnnualLine withTierName(AnnualLine l, Scheme scheme) {
        String name = scheme.formalBands().stream().filter(b -> b.tier().equals(l.tier())).map(Scheme.Band::name)
                .findFirst().orElseGet(() -> scheme.probationaryBands().stream().filter(b -> b.tier().equals(l.tier()))
                        .map(Scheme.Band::name).findFirst().orElse(l.tier()));
        if (l.flagged()) {
            name = name + "；" + scheme.consecutive().name();
        }
        return new AnnualLine(l.memberId(), l.userId(), l.name(), l.branchId(), l.branchName(), l.type(), l.base(),
                l.featured(), l.review(), l.composite(), l.tier(), name, l.warning(), l.flagged(), false);
    }
}
