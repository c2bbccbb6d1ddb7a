package cn.jifending.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One base item in one month: full points, what the member earned, what was available (0 when the
 * item did not apply), the rule applied, the facts used and a line the member can read.
 * A value class with a record's accessors, equality and text; the line is built when first read.
 */
public final class ItemResult {

    private final String code;
    private final String name;
    private final RuleKind rule;
    private final BigDecimal fullPoints;
    private final BigDecimal earned;
    private final BigDecimal available;
    private final boolean applied;
    private final List<String> factIds;
    private final Line explanation;

    public ItemResult(String code, String name, RuleKind rule, BigDecimal fullPoints, BigDecimal earned,
                      BigDecimal available, boolean applied, List<String> factIds, String explanation) {
        this(code, name, rule, fullPoints, earned, available, applied, factIds, Line.of(explanation));
    }

    /** As the other constructor, with the line filled only when {@link #explanation()} is first read. */
    public ItemResult(String code, String name, RuleKind rule, BigDecimal fullPoints, BigDecimal earned,
                      BigDecimal available, boolean applied, List<String> factIds, Supplier<String> explanation) {
        this(code, name, rule, fullPoints, earned, available, applied, factIds, Line.lazy(explanation));
    }

    private ItemResult(String code, String name, RuleKind rule, BigDecimal fullPoints, BigDecimal earned,
                       BigDecimal available, boolean applied, List<String> factIds, Line explanation) {
        this.code = code;
        this.name = name;
        this.rule = rule;
        this.fullPoints = fullPoints;
        this.earned = earned;
        this.available = available;
        this.applied = applied;
        this.factIds = List.copyOf(factIds);
        this.explanation = explanation;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public RuleKind rule() {
        return rule;
    }

    public BigDecimal fullPoints() {
        return fullPoints;
    }

    public BigDecimal earned() {
        return earned;
    }

    public BigDecimal available() {
        return available;
    }

    public boolean applied() {
        return applied;
    }

    public List<String> factIds() {
        return factIds;
    }

    public String explanation() {
        return explanation.text();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ItemResult i && applied == i.applied && Objects.equals(code, i.code)
                && Objects.equals(name, i.name) && rule == i.rule && Objects.equals(fullPoints, i.fullPoints)
                && Objects.equals(earned, i.earned) && Objects.equals(available, i.available)
                && factIds.equals(i.factIds) && Objects.equals(explanation(), i.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, rule, fullPoints, earned, available, applied, factIds, explanation());
    }

    /** The text a record of the same components would give. */
    @Override
    public String toString() {
        return "ItemResult[code=" + code + ", name=" + name + ", rule=" + rule + ", fullPoints=" + fullPoints
                + ", earned=" + earned + ", available=" + available + ", applied=" + applied + ", factIds="
                + factIds + ", explanation=" + explanation() + "]";
    }
}
