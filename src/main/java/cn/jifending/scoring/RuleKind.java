package cn.jifending.scoring;

import java.util.List;

/** How a scheme item turns facts into points. Parameters are named in the scheme file. */
public enum RuleKind {
    /** Full points minus {@code per_miss} per missed day, not below {@code floor}. */
    PER_MISS_DEDUCTION(FactKind.XUEXI_MISSED_DAYS, List.of("per_miss", "floor")),
    /** {@code target} points is full; minus {@code per_point} per point short, not below {@code floor}. */
    TARGET_DEDUCTION(FactKind.DAILY_QUESTION_POINTS, List.of("target", "per_point", "floor")),
    /** Each session held is available; each session attended earns the full points. */
    PER_SESSION_ATTENDANCE(FactKind.ATTENDANCE, List.of()),
    /**
     * Held in a quarter: each session is available in each month of it, and an attendee of that
     * session earns its full points in each of those months.
     */
    QUARTERLY_SPREAD_ATTENDANCE(FactKind.ATTENDANCE, List.of()),
    /** Expected monthly, counted per session held: a second session in a month is available and earned on its own. */
    MONTHLY_ATTENDANCE(FactKind.ATTENDANCE, List.of()),
    /** Monthly; a LATE in a quarter zeroes every month of that quarter. */
    LATE_ZEROES_QUARTER(FactKind.DUES, List.of()),
    /** Always applies and earns its full points. */
    FIXED(null, List.of()),
    /** Each finding deducts {@code deduction} in the month of the finding. */
    FINDING_DEDUCTION(FactKind.FINDING, List.of("deduction")),
    /** Featured part: approved points added, each item capped, the part capped. */
    CAPPED_ADDITIVE(FactKind.FEATURED, List.of()),
    /** Review part: the grade's points. */
    GRADED(FactKind.REVIEW, List.of());

    private final FactKind factKind;
    private final List<String> parameters;

    RuleKind(FactKind factKind, List<String> parameters) {
        this.factKind = factKind;
        this.parameters = parameters;
    }

    /** The fact kind this rule reads, or null for {@link #FIXED}. */
    public FactKind factKind() {
        return factKind;
    }

    /** The parameter names the scheme must give for an item with this rule. */
    public List<String> parameters() {
        return parameters;
    }

    /** The name used in scheme files, e.g. {@code per_miss_deduction}. */
    public String schemeName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for rules that score base items month by month. */
    public boolean isBaseRule() {
        return this != CAPPED_ADDITIVE && this != GRADED;
    }
}
