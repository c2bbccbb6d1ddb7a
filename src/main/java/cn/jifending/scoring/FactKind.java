package cn.jifending.scoring;

/** The kinds of ledger facts; the same names are used in the database, the export CSV and scoring. */
public enum FactKind {
    MEMBERSHIP,
    ATTENDANCE,
    XUEXI_MISSED_DAYS,
    DAILY_QUESTION_POINTS,
    DUES,
    FINDING,
    FEATURED,
    REVIEW,
    REVERSAL
}
