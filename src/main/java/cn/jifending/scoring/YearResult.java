package cn.jifending.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member's year: base = mean of the active months' bases, featured (capped), review, and the
 * composite rounded half-up to the scheme's scale and clamped to 0..total.
 *
 * @param type        the member type for the year: the one in force at the end of the last active spell
 * @param reviewGrade the review grade, empty when not yet recorded (review then counts 0)
 */
public record YearResult(String memberId, String name, String branchId, int year, String schemeName,
                         MemberType type, List<YearMonth> activeMonths, List<MonthResult> months,
                         List<QuarterResult> quarters, BigDecimal base, List<FeaturedResult> featuredItems,
                         BigDecimal featured, Optional<String> reviewGrade, BigDecimal review,
                         BigDecimal composite, List<String> summary) {

    public YearResult {
        activeMonths = List.copyOf(activeMonths);
        months = List.copyOf(months);
        quarters = List.copyOf(quarters);
        featuredItems = List.copyOf(featuredItems);
        summary = List.copyOf(summary);
    }

    public MonthResult month(int month) {
        return months.stream().filter(m -> m.month().getMonthValue() == month).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("month " + month + " is not active"));
    }

    /**
     * The month still in progress on {@code today} when this result includes it (an active month of the
     * year not yet over): every figure including it is provisional (本月进行中) and shown so.
     */
    public Optional<YearMonth> monthInProgress(java.time.LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return activeMonths.contains(current) ? Optional.of(current) : Optional.empty();
    }

    public Optional<QuarterResult> quarter(int quarter) {
        return quarters.stream().filter(q -> q.quarter() == quarter).findFirst();
    }

    /** Every line a member can read, from the composite down to each item of each month. */
    public List<String> explain() {
        List<String> lines = new ArrayList<>(summary);
        for (QuarterResult q : quarters) {
            lines.add(q.explanation());
        }
        for (MonthResult m : months) {
            lines.addAll(m.explain());
        }
        return lines;
    }
}
