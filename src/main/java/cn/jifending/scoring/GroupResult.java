package cn.jifending.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One base group in one month: {@code score = min(max, max × earned / available)}, floored at 0, or
 * the full {@code max} when nothing of the group applied ({@code available} = 0). {@code score} is
 * exact when it is a finite decimal, otherwise shown to 4 places (totals are computed exactly).
 */
public record GroupResult(String code, String name, BigDecimal max, BigDecimal earned, BigDecimal available,
                          BigDecimal score, List<ItemResult> items, String explanation) {

    public GroupResult {
        items = List.copyOf(items);
    }

    public boolean nothingApplied() {
        return available.signum() == 0;
    }
}
