/**
 * Reports: the month's 考核表 (党员积分管理考核表) as .xlsx, laid out like the paper form of the
 * seed's attachment, with every figure taken from {@link cn.jifending.ledger.Scores}; the annual
 * results per branch and committee-wide ({@code 年度报表}) and a member's year as a chart image
 * ({@code 积分图}, drawn with java.awt in headless mode in the CJK font shipped under {@code fonts/}, and
 * sent as a picture in the chat), see {@link cn.jifending.report.AnnualReports}.
 */
package cn.jifending.report;
