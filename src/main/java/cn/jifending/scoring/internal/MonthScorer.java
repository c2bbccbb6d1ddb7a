package cn.jifending.scoring.internal;

import cn.jifending.scoring.Fact;
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
    private final ItemRules rules;
    private final ExplainTexts texts;
    private final String separator;

    public MonthScorer(Scheme scheme, ExplainTexts texts) {
        this.scheme = scheme;
        this.rules = new ItemRules(texts);
        this.texts = texts;
        this.separator = texts.format("list.separator");
    }

    /** @param factsByItem the member's corrected facts of the year, by item code */
    public Scored score(YearMonth month, Map<String, List<Fact>> factsByItem) {
        List<GroupResult> groups = new ArrayList<>();
        Exact base = Exact.ZERO;
        for (Scheme.Group g : scheme.groups()) {
            Exact earned = Exact.ZERO;
            Exact available = Exact.ZERO;
            List<ItemResult> items = new ArrayList<>();
            List<String> unrecorded = List.of();
            for (Scheme.Item item : g.items()) {
                ItemRules.Scored s = rules.score(item, month, factsByItem.getOrDefault(item.code(), List.of()));
                earned = earned.plus(s.earned());
                available = available.plus(s.available());
                items.add(s.toResult());
                if (s.unrecorded()) {
                    unrecorded = unrecorded.isEmpty() ? new ArrayList<>() : unrecorded;
                    unrecorded.add(item.name());
                }
            }
            Exact max = Exact.of(g.max());
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
