package cn.jifending.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One featured item for the year: points claimed (approved), its cap, and the points counted;
 * {@code countedByMonth} splits the counted points by the month of each fact's date.
 */
public record FeaturedResult(String code, String name, BigDecimal max, BigDecimal approved, BigDecimal counted,
                             List<String> factIds, String explanation, Map<YearMonth, BigDecimal> countedByMonth) {

    public FeaturedResult {
        factIds = List.copyOf(factIds);
        countedByMonth = Map.copyOf(countedByMonth);
    }

    public FeaturedResult(String code, String name, BigDecimal max, BigDecimal approved, BigDecimal counted,
                          List<String> factIds, String explanation) {
        this(code, name, max, approved, counted, factIds, explanation, Map.of());
    }

    /** The points counted for facts dated in {@code month} (a month's 考核表 shows only these). */
    public BigDecimal countedIn(YearMonth month) {
        return countedByMonth.getOrDefault(month, BigDecimal.ZERO);
    }
}
