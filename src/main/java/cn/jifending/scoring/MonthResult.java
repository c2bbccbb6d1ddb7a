package cn.jifending.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The base score of one active month, group by group. */
public record MonthResult(YearMonth month, List<GroupResult> groups, BigDecimal base, String explanation) {

    public MonthResult {
        groups = List.copyOf(groups);
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
        lines.add(explanation);
        for (GroupResult g : groups) {
            lines.add("  " + g.explanation());
            for (ItemResult i : g.items()) {
                lines.add("    " + i.explanation());
            }
        }
        return lines;
    }
}
