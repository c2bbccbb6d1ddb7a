package cn.jifending.scoring.internal;

import cn.jifending.scoring.GroupResult;
import cn.jifending.scoring.ItemResult;
import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.Scheme;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores one active month: every item, then {@code group = min(max, max × earned / available)}. */
public final class MonthScorer {

    /** The month's result and its exact base (for means over months). */
    public record Scored(MonthResult result, Exact base) {
    }

    private final Scheme scheme;
    private final SchemeIndex index;
    private final ItemRules rules;
    private final ExplainTexts texts;
    private final String separator;

    public MonthScorer(Scheme scheme, ExplainTexts texts) {
        this.scheme = scheme;
        this.index = SchemeIndex.of(scheme);
        this.rules = new ItemRules(texts, index);
        this.texts = texts;
        this.separator = texts.format("list.separator");
    }

    /**
     * The member's facts for each base item of the scheme, in the scheme's order (groups, then their items), from
     * the corrected facts of the year by item code: looked up once per member, not once per month.
     */
    public ItemFacts[] inSchemeOrder(Map<String, ItemFacts> byItem) {
        ItemFacts[] out = new ItemFacts[index.baseItemCount()];
        int i = 0;
        for (Scheme.Group g : scheme.groups()) {
            for (Scheme.Item item : g.items()) {
                out[i++] = byItem.getOrDefault(item.code(), ItemFacts.NONE);
            }
        }
        return out;
    }

    /** @param perItem the member's facts of each base item, from {@link #inSchemeOrder} */
    public Scored score(YearMonth month, ItemFacts[] perItem) {
        int i = 0;
        List<GroupResult> groups = new ArrayList<>();
        Exact base = Exact.ZERO;
        for (Scheme.Group g : scheme.groups()) {
            Exact earned = Exact.ZERO;
            Exact available = Exact.ZERO;
            List<ItemResult> items = new ArrayList<>();
            List<String> unrecorded = List.of();
            for (Scheme.Item item : g.items()) {
                ItemRules.Scored s = rules.score(item, month, perItem[i++]);
                earned = earned.plus(s.earned());
                available = available.plus(s.available());
                items.add(s.toResult());
                if (s.unrecorded()) {
                    unrecorded = unrecorded.isEmpty() ? new ArrayList<>() : unrecorded;
                    unrecorded.add(item.name());
                }
            }
            Exact max = index.exact(g.max());
            Exact score;
            BigDecimal earnedShown = ItemRules.decimal(earned);
            BigDecimal availableShown = ItemRules.decimal(available);
            java.util.function.Supplier<String> line;
            if (available.signum() == 0) {
                score = max; // the settled rule: nothing applicable (or nothing recorded yet) counts as full
                line = unrecorded.isEmpty() ? texts.later("group.nothing_applied", g.name(), g.max())
                        : unrecorded.size() == g.items().size() ? texts.later("group.unrecorded", g.name(), g.max())
                        : texts.later("group.partly_unrecorded", g.name(), g.max(), String.join(separator, unrecorded));
            } else {
                Exact raw = max.times(earned).dividedBy(available);
                score = raw.min(max).max(Exact.ZERO);
                String key = raw.compareTo(max) > 0 ? "group.capped" : raw.signum() < 0 ? "group.floored" : "group.scored";
                line = texts.later(key, g.name(), g.max(), earnedShown, availableShown, ItemRules.decimal(score));
            }
            base = base.plus(score);
            groups.add(new GroupResult(g.code(), g.name(), g.max(), earnedShown, availableShown,
                    ItemRules.decimal(score), items, line));
        }
        BigDecimal baseShown = ItemRules.decimal(base);
        return new Scored(new MonthResult(month, groups, baseShown,
                texts.later("month.base", month.toString(), baseShown)), base);
    }
}
