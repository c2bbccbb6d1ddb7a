package cn.jifending.evaluation;

import java.math.BigDecimal;

/** A member's quarter score as signed off: the round's latest snapshot of the member. */
public record SignedScore(long memberId, String name, BigDecimal total) {
}
