package cn.jifending.scoring;

import cn.jifending.scoring.internal.Corrections;
import cn.jifending.scoring.internal.Exact;
import cn.jifending.scoring.internal.ExplainTexts;
import cn.jifending.scoring.internal.FactCheck;
import cn.jifending.scoring.internal.FeaturedScorer;
import cn.jifending.scoring.internal.ItemFacts;
import cn.jifending.scoring.internal.ItemRules;
import cn.jifending.scoring.internal.Membership;
import cn.jifending.scoring.internal.MonthScorer;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * From one member's facts to that member's year: months, quarters, the composite, each explained.
 * Stateless and thread-safe; it needs only the one member's facts, so callers stream member by member.
 */
public final class ScoreCalculator {

    private final SchemeRegistry schemes;
    private final ExplainTexts texts = ExplainTexts.shared();

    public ScoreCalculator(SchemeRegistry schemes) {
        this.schemes = schemes;
    }

    /** A calculator that uses this one scheme for every year it covers. */
    public static ScoreCalculator of(Scheme scheme) {
        return new ScoreCalculator(SchemeRegistry.of(List.of(scheme)));
    }

    /**
     * The member's result for {@code year}, computed with that year's scheme; empty when the member
     * had no active month in the year (no result, not zero).
     *
     * @throws IllegalArgumentException when a fact does not fit the contract or the scheme, or no scheme covers the year
     */
    public Optional<YearResult> year(MemberFacts member, int year) {
        return year(member, year, List.of());
    }

    /**
     * As {@link #year(MemberFacts, int)}, with the branch items' definitions: each branch item's facts
     * are also capped at that item's own yearly cap.
     */
    public Optional<YearResult> year(MemberFacts member, int year, List<BranchItem> branchItems) {
        Map<String, BranchItem> own = new HashMap<>();
        branchItems.forEach(b -> own.put(b.ledgerItem(), b));
        Scheme scheme = schemes.forYear(year);
        List<Fact> effective = Corrections.effective(member.facts());
        Optional<Membership> membership = Membership.of(effective, year);
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ItemFacts> byItem = new HashMap<>();
        List<Fact> featured = new ArrayList<>();
        List<Fact> reviews = new ArrayList<>();
        for (Fact f : effective) {
            if (f.kind() == FactKind.MEMBERSHIP || f.occurredOn().getYear() != year) {
                continue;
            }
            FactCheck.require(f, scheme);
            if (f.kind() == FactKind.ATTENDANCE && !membership.get().belongsOn(f.occurredOn())) {
                continue; // an event held while the member was not in the branch does not apply to them
            }
            switch (f.kind()) {
                case FEATURED -> featured.add(f);
                case REVIEW -> reviews.add(f);
                default -> byItem.computeIfAbsent(f.item(), k -> new ItemFacts()).add(f);
            }
        }

        MonthScorer monthScorer = new MonthScorer(scheme, texts);
        ItemFacts[] perItem = monthScorer.inSchemeOrder(byItem);
        List<MonthResult> months = new ArrayList<>();
        Map<Integer, List<Exact>> basesByQuarter = new HashMap<>();
        Exact baseSum = Exact.ZERO;
        for (YearMonth m : membership.get().activeMonths()) {
            MonthScorer.Scored s = monthScorer.score(m, perItem);
            months.add(s.result());
            baseSum = baseSum.plus(s.base());
            basesByQuarter.computeIfAbsent(ItemRules.quarterOf(m), k -> new ArrayList<>()).add(s.base());
        }
        Exact base = baseSum.dividedBy(Exact.of(months.size()));

        FeaturedScorer.Scored feat = new FeaturedScorer(scheme, texts).score(featured, own);
        List<QuarterResult> quarters = quarters(scheme, basesByQuarter, feat);

        if (reviews.size() > 1) {
            throw new IllegalArgumentException("member " + member.memberId() + " has " + reviews.size()
                    + " review facts in " + year + " in force; correct all but one");
        }
        Optional<Scheme.Grade> grade = reviews.stream().findFirst().flatMap(r -> scheme.grade(r.value()));
        BigDecimal review = grade.map(Scheme.Grade::points).orElse(BigDecimal.ZERO);

        Exact sum = base.plus(Exact.of(feat.total())).plus(Exact.of(review));
        BigDecimal composite = sum.max(Exact.ZERO).min(Exact.of(scheme.total()))
                .round(scheme.scale(), scheme.roundingMode());
        BigDecimal baseShown = base.round(scheme.scale(), scheme.roundingMode());

        List<String> summary = new ArrayList<>();
        summary.add(texts.format("year.composite", baseShown, feat.total(), review, composite));
        summary.add(texts.format("year.base", months.size(), baseShown));
        feat.items().forEach(i -> summary.add(i.explanation()));
        summary.add(texts.format("year.featured", feat.total(), scheme.featured().max()));
        summary.add(grade.map(g -> texts.format("year.review", g.name(), g.points()))
                .orElseGet(() -> texts.format("year.review_unrecorded")));

        return Optional.of(new YearResult(member.memberId(), member.name(), member.branchId(), year, scheme.name(),
                membership.get().type(), membership.get().activeMonths(), months, quarters, baseShown, feat.items(),
                feat.total(), grade.map(Scheme.Grade::grade), review, composite, summary));
    }

    /**
     * Streams results member by member: each member is computed from its own facts only, so a caller
     * reading members one at a time (e.g. facts ordered by member from the database) keeps memory flat.
     * Members without an active month in the year are skipped.
     */
    public java.util.stream.Stream<YearResult> years(java.util.stream.Stream<MemberFacts> members, int year) {
        return members.map(m -> year(m, year)).flatMap(Optional::stream);
    }

    private List<QuarterResult> quarters(Scheme scheme, Map<Integer, List<Exact>> basesByQuarter,
                                         FeaturedScorer.Scored feat) {
        List<QuarterResult> out = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            List<Exact> bases = basesByQuarter.get(q);
            if (bases == null) {
                continue;
            }
            Exact mean = bases.stream().reduce(Exact.ZERO, Exact::plus).dividedBy(Exact.of(bases.size()));
            BigDecimal featured = feat.byQuarter().getOrDefault(q, BigDecimal.ZERO);
            BigDecimal base = mean.round(scheme.scale(), scheme.roundingMode());
            BigDecimal total = mean.plus(Exact.of(featured)).round(scheme.scale(), scheme.roundingMode());
            out.add(new QuarterResult(q, bases.size(), base, featured, total,
                    feat.factIdsByQuarter().getOrDefault(q, List.of()),
                    texts.format("quarter.line", q, bases.size(), base, featured, total)));
        }
        return out;
    }
}
