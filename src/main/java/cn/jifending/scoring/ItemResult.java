package cn.jifending.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One base item in one month: full points, what the member earned, what was available (0 when the
 * item did not apply), the rule applied, the facts used and a line the member can read.
 */
public record ItemResult(String code, String name, RuleKind rule, BigDecimal fullPoints, BigDecimal earned,
                         BigDecimal available, boolean applied, List<String> factIds, String explanation) {

    public ItemResult {
        factIds = List.copyOf(factIds);
    }
}
