package cn.jifending.evaluation;

import java.math.BigDecimal;

/** A member's quarter as the latest snapshot of its round shows it (what the quarter was signed with). */
public record QuarterFigure(long memberId, long branchId, int quarter, BigDecimal base, BigDecimal featured,
                            BigDecimal total) {
}
