package cn.jifending.scoring.internal;

import cn.jifending.scoring.Fact;
import cn.jifending.scoring.ItemResult;
import cn.jifending.scoring.Scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The base item rules: one item, one month, the item's facts of the year (already corrected). */
public final class ItemRules {

    private final ExplainTexts texts;
    private final SchemeIndex index;
    /** Between the dates or months of one explanation line ({@code list.separator}). */
    private final String separator;

    ItemRules(ExplainTexts texts, SchemeIndex index) {
        this.texts = texts;
        this.index = index;
        this.separator = texts.format("list.separator");
    }

    /** Scores {@code item} in {@code month} from its facts of the year. */
    public Scored score(Scheme.Item item, YearMonth month, ItemFacts itemFacts) {
        List<Fact> inMonth = itemFacts.month(month.getMonthValue());
        return switch (item.rule()) {
            case PER_MISS_DEDUCTION -> perMiss(item, inMonth);
            case TARGET_DEDUCTION -> target(item, inMonth);
            case PER_SESSION_ATTENDANCE -> perSession(item, inMonth);
            case MONTHLY_ATTENDANCE -> perSession(item, inMonth);
            case QUARTERLY_SPREAD_ATTENDANCE -> spread(item, itemFacts.quarter(quarterOf(month)));
            case LATE_ZEROES_QUARTER -> dues(item, inMonth, itemFacts.quarter(quarterOf(month)));
            case FIXED -> new Scored(item, true, full(item), full(item), List.of(),
                    texts.later("item.fixed", item.name(), item.full()));
            case FINDING_DEDUCTION -> finding(item, inMonth);
            case CAPPED_ADDITIVE, GRADED -> throw new IllegalStateException("not a base rule: " + item.rule());
        };
    }

    /**
     * An item's outcome in a month, exact; {@code unrecorded} when nothing was recorded for it (as opposed
     * to recorded as not applicable: not held, excused, no finding).
     */
    public record Scored(Scheme.Item item, boolean applied, Exact earned, Exact available, List<String> factIds,
                         Supplier<String> explanation, boolean unrecorded) {

        Scored(Scheme.Item item, boolean applied, Exact earned, Exact available, List<String> factIds,
               Supplier<String> explanation) {
            this(item, applied, earned, available, factIds, explanation, false);
        }

        public ItemResult toResult() {
            return new ItemResult(item.code(), item.name(), item.rule(), item.full(), decimal(earned),
                    decimal(available), applied, factIds, explanation);
        }
    }

    static BigDecimal decimal(Exact e) {
        return e.toDecimal(4, RoundingMode.HALF_UP);
    }

    private Scored perMiss(Scheme.Item item, List<Fact> facts) {
        if (facts.isEmpty()) {
            return unrecorded(item);
        }
        long missed = sum(facts);
        Exact earned = full(item).plus(Exact.of(-missed).times(param(item, "per_miss")))
                .max(param(item, "floor"));
        return new Scored(item, true, earned, full(item), ids(facts), texts.later("item.per_miss_deduction",
                item.name(), missed, item.param("per_miss"), item.param("floor"), decimal(earned), item.full()));
    }

    private Scored target(Scheme.Item item, List<Fact> facts) {
        if (facts.isEmpty()) {
            return unrecorded(item);
        }
        long points = sum(facts);
        Exact shortBy = param(item, "target").plus(Exact.of(-points)).max(Exact.ZERO);
        Exact earned = full(item).plus(Exact.of(-1).times(shortBy).times(param(item, "per_point")))
                .max(param(item, "floor"));
        return new Scored(item, true, earned, full(item), ids(facts), texts.later("item.target_deduction",
                item.name(), points, item.param("target"), item.param("per_point"), decimal(earned), item.full()));
    }

    private Scored perSession(Scheme.Item item, List<Fact> facts) {
        if (facts.isEmpty()) {
            return notApplied(item, "item.not_held", facts);
        }
        long present = count(facts, "PRESENT");
        long absent = count(facts, "ABSENT");
        long excused = count(facts, "EXCUSED");
        if (present + absent == 0) {
            return notApplied(item, "item.all_excused", facts);
        }
        Exact earned = full(item).times(Exact.of(present));
        Exact available = full(item).times(Exact.of(present + absent));
        return new Scored(item, true, earned, available, ids(facts), texts.later("item.per_session_attendance",
                item.name(), facts.size(), present, absent, excused, item.full(), decimal(earned), decimal(available)));
    }

    /** Each session of the quarter is available, and earned when present, in every month of the quarter. */
    private Scored spread(Scheme.Item item, List<Fact> facts) {
        if (facts.isEmpty()) {
            return notApplied(item, "item.quarter_not_held", facts);
        }
        long present = count(facts, "PRESENT");
        long absent = count(facts, "ABSENT");
        long excused = count(facts, "EXCUSED");
        if (present + absent == 0) {
            return notApplied(item, "item.all_excused", facts);
        }
        Exact earned = full(item).times(Exact.of(present));
        Exact available = full(item).times(Exact.of(present + absent));
        return new Scored(item, true, earned, available, ids(facts), texts.later("item.quarterly_spread_attendance",
                item.name(), dates(facts), facts.size(), present, absent, excused, item.full(), decimal(earned),
                decimal(available)));
    }

    private Scored dues(Scheme.Item item, List<Fact> inMonth, List<Fact> inQuarter) {
        List<Fact> late = inQuarter.stream().filter(f -> "LATE".equals(f.value())).toList();
        if (!late.isEmpty()) {
            String months = late.stream().map(f -> YearMonth.from(f.occurredOn()).toString()).distinct()
                    .collect(Collectors.joining(separator));
            return new Scored(item, true, Exact.ZERO, full(item), ids(late),
                    texts.later("item.dues_late", item.name(), months, item.full()));
        }
        if (inMonth.isEmpty()) {
            return unrecorded(item);
        }
        return new Scored(item, true, full(item), full(item), ids(inMonth),
                texts.later("item.dues_on_time", item.name(), item.full(), item.full()));
    }

    private Scored finding(Scheme.Item item, List<Fact> facts) {
        if (facts.isEmpty()) {
            return new Scored(item, false, Exact.ZERO, Exact.ZERO, List.of(), texts.later("item.no_finding", item.name()));
        }
        Exact earned = param(item, "deduction").times(Exact.of(-facts.size()));
        return new Scored(item, true, earned, Exact.ZERO, ids(facts), texts.later("item.finding_deduction",
                item.name(), facts.size(), item.param("deduction"), decimal(earned)));
    }

    private Scored unrecorded(Scheme.Item item) {
        return new Scored(item, false, Exact.ZERO, Exact.ZERO, List.of(), texts.later("item.unrecorded", item.name()),
                true);
    }

    private Scored notApplied(Scheme.Item item, String key, List<Fact> facts) {
        return new Scored(item, false, Exact.ZERO, Exact.ZERO, ids(facts), texts.later(key, item.name()));
    }

    public static int quarterOf(YearMonth m) {
        return quarterOf(m.getMonthValue());
    }

    public static int quarterOf(int month) {
        return (month - 1) / 3 + 1;
    }

    private Exact full(Scheme.Item item) {
        return index.exact(item.full());
    }

    private Exact param(Scheme.Item item, String key) {
        return index.exact(item.param(key));
    }

    private static long sum(List<Fact> facts) {
        long sum = 0;
        for (Fact f : facts) {
            sum += Long.parseLong(f.value());
        }
        return sum;
    }

    private static long count(List<Fact> facts, String value) {
        long n = 0;
        for (Fact f : facts) {
            if (value.equals(f.value())) {
                n++;
            }
        }
        return n;
    }

    private static List<String> ids(List<Fact> facts) {
        String[] ids = new String[facts.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = facts.get(i).id();
        }
        return List.of(ids);
    }

    private String dates(List<Fact> facts) {
        return facts.stream().map(f -> f.occurredOn().toString()).distinct().collect(Collectors.joining(separator));
    }
}
