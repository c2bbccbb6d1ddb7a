package cn.jifending.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a 公示 publishes: names and quarter scores of a branch, as signed off; with quarter
 * {@link #ANNUAL} the year's composites, as audited by the 机关党委.
 *
 * @param signedOn the sign-off date; the window starts the working day after it
 * @param actor    DingTalk userid of the secretary who signed
 * @param note     the secretary's reason for signing off an incomplete quarter, shown in the 公示; null when none
 */
public record QuarterPublication(long branchId, int year, int quarter, LocalDate signedOn, String actor,
                                 List<Score> scores, String note) {

    /** A publication without a note. */
    public QuarterPublication(long branchId, int year, int quarter, LocalDate signedOn, String actor,
                              List<Score> scores) {
        this(branchId, year, quarter, signedOn, actor, scores, null);
    }

    public QuarterPublication {
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(actor, "actor");
        scores = List.copyOf(scores);
        if (quarter < ANNUAL || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** The {@code quarter} of an annual 公示 (the year's composite instead of a quarter's score). */
    public static final int ANNUAL = 0;

    /** The annual 公示 of a branch's year, opened by the 机关党委's audit. */
    public static QuarterPublication annual(long branchId, int year, LocalDate approvedOn, String actor,
                                            List<Score> scores) {
        return new QuarterPublication(branchId, year, ANNUAL, approvedOn, actor, scores);
    }

    /** One published line: a member's name and quarter score. */
    public record Score(long memberId, String name, BigDecimal total) {
    }
}
