package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualLine;
import cn.jifending.annual.AnnualResults;
import cn.jifending.annual.AwardsEligibility;
import cn.jifending.annual.BranchYear;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.QuarterFigure;
import cn.jifending.ledger.Scores;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.scoring.MemberType;
import cn.jifending.scoring.QuarterResult;
import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.Standing;
import cn.jifending.scoring.YearResult;
import java.time.LocalDate;
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
    private final MessageTemplates templates;

    LiveLines(Scores scores, Evaluation evaluation, MemberDirectory directory, AnnualStore store,
              MessageTemplates templates) {
        this.templates = templates;
        this.scores = scores;
        this.evaluation = evaluation;
        this.directory = directory;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AnnualLine> linesOf(long branchId, int year) {
        return branchYear(branchId, year).lines();
    }

    @Override
    @Transactional(readOnly = true)
    public BranchYear branchYear(long branchId, int year) {
        String branchName = directory.branch(branchId).map(Branch::name).orElse("");
        Optional<AnnualStore.Round> round = store.round(branchId, year);
        if (round.isPresent() && store.frozen(round.get().id())) {
            Scheme scheme = scores.schemeFor(year);
            return new BranchYear(store.snapshot(round.get().id(), branchName).stream()
                    .map(l -> withTierName(l, scheme)).toList(), true);
        }
        return new BranchYear(live(branchId, branchName, year), false);
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

    /**
     * Computed now from the ledger, with corrections since the quarter snapshots marked. Per branch, not per
     * member: one scoring pass for the year, one read of the member records and one of the quarter snapshots;
     * and last year's pass only when a member's standing reads it.
     */
    List<AnnualLine> live(long branchId, int year) {
        return live(branchId, directory.branch(branchId).map(Branch::name).orElse(""), year);
    }

    private List<AnnualLine> live(long branchId, String branchName, int year) {
        Scheme scheme = scores.schemeFor(year);
        List<YearResult> results = new ArrayList<>();
        scores.forEachYear(branchId, year, results::add);
        List<Long> ids = results.stream().map(r -> Long.parseLong(r.memberId())).toList();
        Map<Long, Member> members = directory.members(ids);
        Map<Long, List<QuarterFigure>> figures = evaluation.quarterFiguresOf(ids, year);
        Map<Long, YearResult> lastYear = lastYear(branchId, year - 1, readsLastYear(results, scheme));
        List<AnnualLine> lines = new ArrayList<>(results.size());
        for (YearResult r : results) {
            long memberId = Long.parseLong(r.memberId());
            Standing standing = Standing.assess(scheme, r, Optional.ofNullable(lastYear.get(memberId)));
            String userId = Optional.ofNullable(members.get(memberId)).map(Member::userId).orElse("");
            lines.add(new AnnualLine(memberId, userId, r.name(), branchId, branchName, r.type().name(), r.base(),
                    r.featured(), r.review(), r.composite(), standing.tier(),
                    standing.consecutiveFlag() ? flagged(standing.tierName(), scheme) : standing.tierName(),
                    standing.warning(), standing.consecutiveFlag(),
                    corrected(r, figures.getOrDefault(memberId, List.of()))));
        }
        return lines;
    }

    /**
     * The members whose standing reads last year's result: {@link Standing#assess} consults it only for the
     * two-years-below-the-line flag, of a formal member whose composite is below the scheme's
     * {@code consecutive.below} this year. For anyone else the previous year cannot change the standing, so it
     * is not scored (most branches need no pass over last year at all).
     */
    private static List<Long> readsLastYear(List<YearResult> results, Scheme scheme) {
        return results.stream().filter(r -> r.type() == MemberType.FORMAL
                        && r.composite().compareTo(scheme.consecutive().below()) < 0)
                .map(r -> Long.parseLong(r.memberId())).toList();
    }

    /**
     * Last year's result of each of these members: from one pass over the branch's year; for a member it did
     * not return, who was in another branch that year, {@link Scores#yearOf} alone; a member with no spell
     * touching that year had no result (as {@code yearOf} would answer).
     */
    private Map<Long, YearResult> lastYear(long branchId, int year, List<Long> ids) {
        Map<Long, YearResult> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<String, YearResult> ofBranch = new HashMap<>();
        scores.forEachYear(branchId, year, r -> ofBranch.put(r.memberId(), r));
        List<Long> elsewhere = new ArrayList<>();
        for (long id : ids) {
            YearResult r = ofBranch.get(String.valueOf(id));
            if (r != null) {
                out.put(id, r);
            } else {
                elsewhere.add(id);
            }
        }
        if (elsewhere.isEmpty()) {
            return out;
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        directory.spellsOfMembers(elsewhere).forEach((id, spells) -> {
            if (spells.stream().anyMatch(s -> !s.joinedOn().isAfter(to)
                    && (s.leftOn() == null || !s.leftOn().isBefore(from)))) {
                scores.yearOf(id, year).ifPresent(r -> out.put(id, r));
            }
        });
        return out;
    }

    private static boolean corrected(YearResult r, List<QuarterFigure> figures) {
        for (QuarterFigure f : figures) {
            Optional<QuarterResult> now = r.quarter(f.quarter());
            if (now.isEmpty() || now.get().total().compareTo(f.total()) != 0) {
                return true;
            }
        }
        return false;
    }

    private AnnualLine withTierName(AnnualLine l, Scheme scheme) {
        String name = scheme.formalBands().stream().filter(b -> b.tier().equals(l.tier())).map(Scheme.Band::name)
                .findFirst().orElseGet(() -> scheme.probationaryBands().stream().filter(b -> b.tier().equals(l.tier()))
                        .map(Scheme.Band::name).findFirst().orElse(l.tier()));
        if (l.flagged()) {
            name = flagged(name, scheme);
        }
        return new AnnualLine(l.memberId(), l.userId(), l.name(), l.branchId(), l.branchName(), l.type(), l.base(),
                l.featured(), l.review(), l.composite(), l.tier(), name, l.warning(), l.flagged(), false);
    }

    /** A tier's name with the scheme's consecutive-years flag, as the lists and the annual report show it. */
    private String flagged(String tierName, Scheme scheme) {
        return templates.message("annual-tier-flagged", Map.of("tier", tierName, "flag", scheme.consecutive().name())).strip();
    }
}
