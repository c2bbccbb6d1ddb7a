package cn.jifending.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The quarterly evaluation figure: mean base of the quarter's active months + featured points
 * counted in the quarter (rounded to the scheme's scale).
 */
public record QuarterResult(int quarter, int activeMonths, BigDecimal base, BigDecimal featured,
                            BigDecimal total, List<String> featuredFactIds, String explanation) {

    public QuarterResult {
        featuredFactIds = List.copyOf(featuredFactIds);
    }
}
