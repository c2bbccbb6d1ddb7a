package cn.jifending.ledger;

/** The kinds of ledger facts; the same names are used in the database, the export CSV and scoring. */
public enum FactKind {
    /** Derived from the organization's membership spells; never recorded directly. */
    MEMBERSHIP,
    ATTENDANCE,
    XUEXI_MISSED_DAYS,
    DAILY_QUESTION_POINTS,
    DUES,
    FINDING,
    FEATURED,
    REVIEW,
    /** Cancels the fact named by {@code corrects}; written only by {@link Ledger#correct}. */
    REVERSAL
}
