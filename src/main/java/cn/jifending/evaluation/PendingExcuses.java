package cn.jifending.evaluation;

import java.util.List;

/**
 * Excuses (请假) at a branch's meetings still waiting for the secretary: signing a quarter off locks
 * it, after which they could no longer be written, so the sign-off waits for them. Provided by the
 * module that records meetings.
 */
public interface PendingExcuses {

    /** Ids of the members whose 请假 at a meeting of the branch in the quarter waits for a decision. */
    List<Long> membersWaiting(long branchId, int year, int quarter);
}
