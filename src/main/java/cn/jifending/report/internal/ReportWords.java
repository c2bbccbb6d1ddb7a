package cn.jifending.report.internal;

/** The keywords {@link AnnualReportCommand} reads and dispatches on (input vocabulary, never shown). */
final class ReportWords {

    /** {@code 年度报表 [2026] [支部]}: the year's results as a workbook. */
    static final String REPORT = "年度报表";
    /** {@code 积分图 [2026]}: the member's year as a picture. */
    static final String CHART = "积分图";

    private ReportWords() {
    }
}
