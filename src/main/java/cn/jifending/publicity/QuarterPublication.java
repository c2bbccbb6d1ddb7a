package cn.jifending.publicity;

import cn.jifending.audit.Source;
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
 * @param source   the sign-off (or audit) that published it, for the audit log
 */
public record QuarterPublication(long branchId, int year, int quarter, LocalDate signedOn, String actor,
                                 List<Score> scores, String note, Source source) {

    /** A publication without a note. */
    public QuarterPublication(long branchId, int year, int quarter, LocalDate signedOn, String actor,
                              List<Score> scores, Source source) {
        this(branchId, year, quarter, signedOn, actor, scores, null, source);
    }

    public QuarterPublication {
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(source, "source");
        scores = List.copyOf(scores);
        if (quarter < ANNUAL || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** The {@code quarter} of an annual 公示 (the year's composite instead of a quarter's score). */
    public static final int ANNUAL = 0;

    /** The annual 公示 of a branch's year, opened by the 机关党委's audit. */
    public static QuarterPublication annual(long branchId, int year, LocalDate approvedOn, String actor,
                                            List<Score> scores, Source source) {
        return new QuarterPublication(branchId, year, ANNUAL, approvedOn, actor, scores, source);
    }

    /** One published line: a member's name and quarter score. */
    public record Score(long memberId, String name, BigDecimal total) {
    }
}
