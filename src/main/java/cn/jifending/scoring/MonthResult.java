package cn.jifending.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The base score of one active month, group by group. A value class with a record's accessors,
 * equality and text; the line is built when first read.
 */
public final class MonthResult {

    private final YearMonth month;
    private final List<GroupResult> groups;
    private final BigDecimal base;
    private final Line explanation;

    public MonthResult(YearMonth month, List<GroupResult> groups, BigDecimal base, String explanation) {
        this(month, groups, base, Line.of(explanation));
    }

    /** As the other constructor, with the line filled only when {@link #explanation()} is first read. */
    public MonthResult(YearMonth month, List<GroupResult> groups, BigDecimal base, Supplier<String> explanation) {
        this(month, groups, base, Line.lazy(explanation));
    }

    private MonthResult(YearMonth month, List<GroupResult> groups, BigDecimal base, Line explanation) {
        this.month = month;
        this.groups = List.copyOf(groups);
        this.base = base;
        this.explanation = explanation;
    }

    public YearMonth month() {
        return month;
    }

    public List<GroupResult> groups() {
        return groups;
    }

    public BigDecimal base() {
        return base;
    }

    public String explanation() {
        return explanation.text();
    }

    public GroupResult group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group " + code));
    }

    public ItemResult item(String code) {
        return groups.stream().flatMap(g -> g.items().stream()).filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + code));
    }

    /** Lines a member can read: the month's base, each group, each item. */
    public List<String> explain() {
        List<String> lines = new ArrayList<>();
        lines.add(explanation());
        for (GroupResult g : groups) {
            lines.add("  " + g.explanation());
            for (ItemResult i : g.items()) {
                lines.add("    " + i.explanation());
            }
        }
        return lines;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MonthResult m && Objects.equals(month, m.month) && groups.equals(m.groups)
                && Objects.equals(base, m.base) && Objects.equals(explanation(), m.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(month, groups, base, explanation());
    }

    /** The text a record of the same components would give. */
    @Override
    public String toString() {
        return "MonthResult[month=" + month + ", groups=" + groups + ", base=" + base + ", explanation="
                + explanation() + "]";
    }
}
