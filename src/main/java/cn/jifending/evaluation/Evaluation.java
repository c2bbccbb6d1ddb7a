package cn.jifending.evaluation;

import cn.jifending.audit.Source;
/** The quarterly round, as jobs and other modules drive it. */
public interface Evaluation {

    /**
     * Opens the round of a branch's quarter: snapshots every active member's quarterly result and
     * sends each member their card. Idempotent by branch and quarter.
     */
    RoundOpening open(long branchId, int year, int quarter, String actor, Source source);

    /** Opens the quarter's round in every branch; returns how many rounds were opened now. */
    int openAll(int year, int quarter, Source source);

    /**
     * The confirm-deadline reminders of today: members still pending on the deadline day are
     * reminded; on the first working day after it, the secretary gets a sign-off card listing them.
     */
    int remindDeadlines();

    /** The member's quarters of the year as their rounds' latest snapshots show them, oldest first. */
    java.util.List<QuarterFigure> quarterFigures(long memberId, int year);

    /**
     * As {@link #quarterFigures(long, int)} for each of these members, by member id (a member without a
     * snapshot in the year is left out), in a few queries however many members: for readers of a whole branch.
     */
    java.util.Map<Long, java.util.List<QuarterFigure>> quarterFiguresOf(java.util.Collection<Long> memberIds, int year);

    /** The scores a round was signed off with (its latest snapshots), in snapshot order. */
    java.util.List<SignedScore> signedScores(long roundId);

    /** Every round opened for the year's quarters, across branches. */
    java.util.List<RoundStatus> rounds(int year);
}
