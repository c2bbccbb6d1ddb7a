package cn.jifending.scoring;

import java.io.PrintStream;
import java.util.List;

/**
 * One member's year printed as the bot explains it, for {@code recompute --explain}: the composite and
 * its parts, each quarter, then each month, group and item with its rule and the facts it read.
 */
final class Explanation {

    private Explanation() {
    }

    static void print(YearResult r, PrintStream out) {
        out.println("member " + r.memberId() + " " + r.name() + ", " + r.year() + ", scheme " + r.schemeName()
                + ", " + r.type() + ", active months " + r.activeMonths().size());
        r.summary().forEach(out::println);
        for (FeaturedResult f : r.featuredItems()) {
            if (!f.factIds().isEmpty()) {
                out.println("  " + f.code() + " facts " + ids(f.factIds()));
            }
        }
        r.quarters().forEach(q -> out.println(q.explanation()));
        for (MonthResult m : r.months()) {
            out.println(m.explanation());
            for (GroupResult g : m.groups()) {
                out.println("  " + g.explanation());
                for (ItemResult i : g.items()) {
                    out.println("    " + i.explanation() + " [" + i.code() + ", rule " + i.rule().schemeName()
                            + (i.factIds().isEmpty() ? "" : ", facts " + ids(i.factIds())) + "]");
                }
            }
        }
    }

    private static String ids(List<String> ids) {
        return String.join(" ", ids);
    }
}
