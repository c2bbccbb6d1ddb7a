package cn.jifending.publicity;

import cn.jifending.calendar.PublicityWindow;
import cn.jifending.audit.Source;
import java.util.Optional;

/**
 * 公示 of a signed-off quarter: opened by the sign-off, announced to the branch on the first
 * working day after it, closed at {@code jifen.publicity.closes-at} on its last working day with a
 * message listing how objections were settled.
 */
public interface Publicity {

    /**
     * Opens the 公示 of a quarter (call it inside the sign-off transaction). Opening the same branch
     * and quarter again returns the window already opened.
     */
    PublicityWindow open(QuarterPublication publication);

    /** The window of a branch's quarter ({@link QuarterPublication#ANNUAL} for the year), if it was opened. */
    Optional<PublicityWindow> windowOf(long branchId, int year, int quarter);

    /** Announces every window whose first day has come and that was not announced yet; returns how many. */
    int announceDue(Source source);

    /** Closes every window whose last day has reached its closing time; returns how many. */
    int closeDue(Source source);
}
