package cn.jifending.recording;

import java.time.YearMonth;
import java.util.List;

/** Read access to the meetings recorded for a branch. */
public interface Meetings {

    /** The meetings the branch held in the month, oldest first. */
    List<MeetingRecord> heldIn(long branchId, YearMonth month);
}
