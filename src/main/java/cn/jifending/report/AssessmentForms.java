package cn.jifending.report;

import java.time.YearMonth;

/** The 考核表 of a branch for a month. */
public interface AssessmentForms {

    /**
     * The month's form as .xlsx: header (所在支部, 考核年月, 支部书记签名), one row per scheme item
     * (考核类别, 考核内容, 考核分值) with a column per member active in the month, group subtotals,
     * and the 得分 row (the month's 基础分). Featured and review rows show the year so far.
     */
    byte[] monthly(long branchId, YearMonth month);

    /** The file name to send the month's form under. */
    String fileName(long branchId, YearMonth month);
}
