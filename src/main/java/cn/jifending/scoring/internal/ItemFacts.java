package cn.jifending.scoring.internal;

import cn.jifending.scoring.Fact;

import java.util.ArrayList;
import java.util.List;

/**
 * One base item's facts of one member's year (corrected, in input order), bucketed by month once, so that scoring
 * twelve months does not filter the year's facts twelve times per item. One member's computation owns it.
 */
public final class ItemFacts {

    /** No facts for the item. */
    public static final ItemFacts NONE = new ItemFacts();

    private final List<Fact> year = new ArrayList<>();
    @SuppressWarnings("unchecked")
    private final List<Fact>[] months = new List[12];
    @SuppressWarnings("unchecked")
    private final List<Fact>[] quarters = new List[4];

    /** Adds a fact of the year (the caller keeps the facts of other years out). */
    public void add(Fact f) {
        if (this == NONE) {
            throw new IllegalStateException("NONE takes no facts");
        }
        year.add(f);
        int m = f.occurredOn().getMonthValue() - 1;
        List<Fact> month = months[m];
        if (month == null) {
            month = new ArrayList<>(4);
            months[m] = month;
        }
        month.add(f);
    }

    /** The item's facts of {@code month} (1-12), in input order; not to be modified. */
    List<Fact> month(int month) {
        List<Fact> facts = months[month - 1];
        return facts == null ? List.of() : facts;
    }

    /** The item's facts of {@code quarter} (1-4), in input order (not month by month); not to be modified. */
    List<Fact> quarter(int quarter) {
        if (year.isEmpty()) {
            return List.of();
        }
        List<Fact> facts = quarters[quarter - 1];
        if (facts == null) {
            facts = new ArrayList<>();
            for (Fact f : year) {
                if (ItemRules.quarterOf(f.occurredOn().getMonthValue()) == quarter) {
                    facts.add(f);
                }
            }
            quarters[quarter - 1] = facts;
        }
        return facts;
    }
}
