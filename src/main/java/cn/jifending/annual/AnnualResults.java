package cn.jifending.annual;

import java.util.List;

/** The year of a branch: the frozen annual snapshot once the 机关党委 approved it, computed live before. */
public interface AnnualResults {

    List<AnnualLine> linesOf(long branchId, int year);

    /** {@link #linesOf} and {@link #isFrozen} in one read: for a reader of every branch. */
    BranchYear branchYear(long branchId, int year);

    /** Whether the 机关党委 approved (froze) the branch's year. */
    boolean isFrozen(long branchId, int year);
}
