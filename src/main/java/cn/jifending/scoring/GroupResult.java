package cn.jifending.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One base group in one month: {@code score = min(max, max × earned / available)}, floored at 0, or
 * the full {@code max} when nothing of the group applied ({@code available} = 0). {@code score} is
 * exact when it is a finite decimal, otherwise shown to 4 places (totals are computed exactly).
 * A value class with a record's accessors, equality and text; the line is built when first read.
 */
public final class GroupResult {

    private final String code;
    private final String name;
    private final BigDecimal max;
    private final BigDecimal earned;
    private final BigDecimal available;
    private final BigDecimal score;
    private final List<ItemResult> items;
    private final Line explanation;

    public GroupResult(String code, String name, BigDecimal max, BigDecimal earned, BigDecimal available,
                       BigDecimal score, List<ItemResult> items, String explanation) {
        this(code, name, max, earned, available, score, items, Line.of(explanation));
    }

    /** As the other constructor, with the line filled only when {@link #explanation()} is first read. */
    public GroupResult(String code, String name, BigDecimal max, BigDecimal earned, BigDecimal available,
                       BigDecimal score, List<ItemResult> items, Supplier<String> explanation) {
        this(code, name, max, earned, available, score, items, Line.lazy(explanation));
    }

    private GroupResult(String code, String name, BigDecimal max, BigDecimal earned, BigDecimal available,
                        BigDecimal score, List<ItemResult> items, Line explanation) {
        this.code = code;
        this.name = name;
        this.max = max;
        this.earned = earned;
        this.available = available;
        this.score = score;
        this.items = List.copyOf(items);
        this.explanation = explanation;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public BigDecimal max() {
        return max;
    }

    public BigDecimal earned() {
        return earned;
    }

    public BigDecimal available() {
        return available;
    }

    public BigDecimal score() {
        return score;
    }

    public List<ItemResult> items() {
        return items;
    }

    public String explanation() {
        return explanation.text();
    }

    public boolean nothingApplied() {
        return available.signum() == 0;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof GroupResult g && Objects.equals(code, g.code) && Objects.equals(name, g.name)
                && Objects.equals(max, g.max) && Objects.equals(earned, g.earned)
                && Objects.equals(available, g.available) && Objects.equals(score, g.score) && items.equals(g.items)
                && Objects.equals(explanation(), g.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, max, earned, available, score, items, explanation());
    }

    /** The text a record of the same components would give. */
    @Override
    public String toString() {
        return "GroupResult[code=" + code + ", name=" + name + ", max=" + max + ", earned=" + earned + ", available="
                + available + ", score=" + score + ", items=" + items + ", explanation=" + explanation() + "]";
    }
}
