/**
 * Reports: the month's 考核表 (党员积分管理考核表) as .xlsx, laid out like the paper form of the
 * seed's attachment, with every figure taken from {@link cn.jifending.ledger.Scores}.
 */
package cn.jifending.report;
