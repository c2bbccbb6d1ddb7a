package cn.jifending.ledger;

import java.time.LocalDate;

/** A write into a locked quarter without a branch committee approved correction. */
public class PeriodLockedException extends LedgerException {

    private final long branchId;
    private final int year;
    private final int quarter;

    public PeriodLockedException(long branchId, LocalDate date, int quarter) {
        super("branch " + branchId + " has locked " + date.getYear() + " Q" + quarter + " (" + date
                + "); only a correction approved by the branch committee may change it");
        this.branchId = branchId;
        this.year = date.getYear();
        this.quarter = quarter;
    }

    public long branchId() {
        return branchId;
    }

    public int year() {
        return year;
    }

    public int quarter() {
        return quarter;
    }
}
