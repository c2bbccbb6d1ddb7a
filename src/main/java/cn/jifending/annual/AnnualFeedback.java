package cn.jifending.annual;

import cn.jifending.calendar.PublicityWindow;
import java.util.List;

/**
 * Tells every member of a branch their approved year (base, featured, review, composite, 积分运用, warning and
 * how it was reckoned) with the dates of its annual 公示, so they can object in time. Called by the publicity
 * module once it opened that 公示 on {@link AnnualRoundApproved}, in the same transaction.
 */
public interface AnnualFeedback {

    /**
     * Messages each member of the branch's approved year who has a DingTalk account; {@code lines} are that
     * year's lines as {@link AnnualResults#linesOf} gives them (the caller has them already).
     */
    void tellMembers(long branchId, int year, List<AnnualLine> lines, PublicityWindow window);
}
