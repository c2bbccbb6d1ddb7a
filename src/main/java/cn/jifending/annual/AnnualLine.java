package cn.jifending.annual;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A member's year with its meaning (积分运用).
 *
 * @param type     FORMAL or PROBATIONARY
 * @param tier     the scheme's tier code (PRIORITY, INCENTIVE, YELLOW, RED, STANDARD, TALK, EXTEND_PROBATION)
 * @param warning  the scheme's warning code, empty when none
 * @param flagged  two consecutive years below the line (formal members)
 * @param corrected a quarter's figure changed since its round's snapshot
 */
public record AnnualLine(long memberId, String userId, String name, long branchId, String branchName, String type,
                         BigDecimal base, BigDecimal featured, BigDecimal review, BigDecimal composite,
                         String tier, String tierName, Optional<String> warning, boolean flagged,
                         boolean corrected) {
}
