package cn.jifending.recording;

import java.time.YearMonth;
import java.util.List;

/** Read access to the meetings recorded for a branch. */
public interface Meetings {

    /** The meetings the branch held in the month, oldest first. */
    List<MeetingRecord> heldIn(long branchId, YearMonth month);

    /** Members (ids) whose 请假 at a meeting of the branch in the month still waits for the secretary. */
    List<Long> pendingExcuses(long branchId, YearMonth month);
}
