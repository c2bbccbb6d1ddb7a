package cn.jifending.report;

import java.util.Optional;

/** The annual results as .xlsx (a branch, or every branch of the committee) and a member's year as a chart. */
public interface AnnualReports {

    /**
     * One sheet per branch (姓名, 类别, 基础分, 特色分, 评议分, 综合得分, 积分运用, 预警, 状态) plus, for the
     * whole committee, a 汇总 sheet with one row per branch.
     */
    byte[] workbook(int year, Optional<Long> branchId);

    String workbookName(int year, Optional<Long> branchId);

    /** The member's year as a PNG: month bases as a line and the three parts as bars. Empty without a result. */
    default Optional<byte[]> chart(long memberId, int year) {
        return chartOf(memberId, year).map(Chart::png);
    }

    /** As {@link #chart}, with the month in progress the chart includes (drawn and labelled as provisional). */
    Optional<Chart> chartOf(long memberId, int year);

    /** A chart image and the month still in progress it includes, if any. */
    record Chart(byte[] png, Optional<java.time.YearMonth> provisionalMonth) {
    }
}
