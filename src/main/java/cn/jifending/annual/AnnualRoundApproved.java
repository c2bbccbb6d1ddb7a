package cn.jifending.annual;

import cn.jifending.audit.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The 机关党委 approved (审核通过) a branch's year: its annual snapshot is frozen, so {@link AnnualResults#linesOf}
 * gives the approved year. Published in the approval's transaction; the publicity module opens the annual 公示 on
 * it and then has the members told their year ({@link AnnualFeedback}). Kept small (ids, not the lines) so it fits
 * the event publication registry's serialized column.
 *
 * @param approvedOn the approval's date; the 公示 starts the working day after it
 * @param approvedBy DingTalk userid of the admin who approved
 * @param source     the approval's card press (with its inbound event)
 */
public record AnnualRoundApproved(long roundId, long branchId, int year, LocalDate approvedOn, String approvedBy,
                                  Source source) {

    public AnnualRoundApproved {
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(source, "source");
    }
}
