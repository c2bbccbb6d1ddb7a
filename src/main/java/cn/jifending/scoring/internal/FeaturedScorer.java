package cn.jifending.scoring.internal;

import cn.jifending.scoring.BranchItem;
import cn.jifending.scoring.Fact;
import cn.jifending.scoring.FeaturedResult;
import cn.jifending.scoring.Scheme;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Featured part (加分制): approved points taken in date order, each item capped at its own max and
 * the part at its max; each fact's counted points belong to the quarter of its date. A branch item
 * ({@code branch:<code>}) is also capped at its own yearly cap when its definition is known.
 */
public final class FeaturedScorer {

    /** The year's featured lines, total, and points counted per quarter (1..4). */
    public record Scored(List<FeaturedResult> items, BigDecimal total, Map<Integer, BigDecimal> byQuarter,
                         Map<Integer, List<String>> factIdsByQuarter) {
    }

    private final Scheme scheme;
    private final ExplainTexts texts;

    public FeaturedScorer(Scheme scheme, ExplainTexts texts) {
        this.scheme = scheme;
        this.texts = texts;
    }

    public Scored score(List<Fact> featuredFacts) {
        return score(featuredFacts, Map.of());
    }

    /** @param branchItems the branch items' definitions by ledger item code */
    public Scored score(List<Fact> featuredFacts, Map<String, BranchItem> branchItems) {
        List<Fact> ordered = new ArrayList<>(featuredFacts);
        ordered.sort(Comparator.comparing(Fact::occurredOn));
        Map<String, BigDecimal> approved = new HashMap<>();
        Map<String, BigDecimal> counted = new HashMap<>();
        Map<String, BigDecimal> countedOwn = new HashMap<>();
        Map<String, List<String>> ids = new HashMap<>();
        Map<String, Map<YearMonth, BigDecimal>> byMonth = new HashMap<>();
        Map<Integer, BigDecimal> byQuarter = new HashMap<>();
        Map<Integer, List<String>> idsByQuarter = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Fact f : ordered) {
            Scheme.FeaturedItem item = scheme.featuredItemFor(f.item()).orElseThrow();
            BigDecimal points = new BigDecimal(f.value());
            BigDecimal itemRoom = item.max().subtract(counted.getOrDefault(item.code(), BigDecimal.ZERO));
            BranchItem own = branchItems.get(f.item());
            if (own != null) {
                itemRoom = itemRoom.min(own.cap().subtract(countedOwn.getOrDefault(f.item(), BigDecimal.ZERO)));
            }
            BigDecimal partRoom = scheme.featured().max().subtract(total);
            BigDecimal take = points.min(itemRoom).min(partRoom).max(BigDecimal.ZERO);
            approved.merge(item.code(), points, BigDecimal::add);
            counted.merge(item.code(), take, BigDecimal::add);
            countedOwn.merge(f.item(), take, BigDecimal::add);
            ids.computeIfAbsent(item.code(), k -> new ArrayList<>()).add(f.id());
            byMonth.computeIfAbsent(item.code(), k -> new HashMap<>())
                    .merge(YearMonth.from(f.occurredOn()), take, BigDecimal::add);
            total = total.add(take);
            int q = ItemRules.quarterOf(f.occurredOn().getMonthValue());
            byQuarter.merge(q, take, BigDecimal::add);
            idsByQuarter.computeIfAbsent(q, k -> new ArrayList<>()).add(f.id());
        }
        List<FeaturedResult> items = new ArrayList<>();
        for (Scheme.FeaturedItem item : scheme.featuredItems()) {
            BigDecimal a = approved.getOrDefault(item.code(), BigDecimal.ZERO);
            BigDecimal c = counted.getOrDefault(item.code(), BigDecimal.ZERO);
            items.add(new FeaturedResult(item.code(), item.name(), item.max(), a, c,
                    ids.getOrDefault(item.code(), List.of()),
                    texts.format("year.featured_item", item.name(), a, item.max(), c),
                    byMonth.getOrDefault(item.code(), Map.of())));
        }
        return new Scored(items, total, new LinkedHashMap<>(byQuarter), idsByQuarter);
    }
}
