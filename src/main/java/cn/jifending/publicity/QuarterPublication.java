package cn.jifending.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a 公示 publishes: names and quarter scores of a branch, as signed off.
 *
 * @param signedOn the sign-off date; the window starts the working day after it
 * @param actor    DingTalk userid of the secretary who signed
 */
public record QuarterPublication(long branchId, int year, int quarter, LocalDate signedOn, String actor,
                                 List<Score> scores) {

    public QuarterPublication {
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(actor, "actor");
        scores = List.copyOf(scores);
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** One published line: a member's name and quarter score. */
    public record Score(long memberId, String name, BigDecimal total) {
    }
}
