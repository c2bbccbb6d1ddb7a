package cn.jifending.scoring;

import java.math.BigDecimal;
import java.util.List;

/** One featured item for the year: points claimed (approved), its cap, and the points counted. */
public record FeaturedResult(String code, String name, BigDecimal max, BigDecimal approved, BigDecimal counted,
                             List<String> factIds, String explanation) {

    public FeaturedResult {
        factIds = List.copyOf(factIds);
    }
}
