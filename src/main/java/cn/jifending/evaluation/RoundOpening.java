package cn.jifending.evaluation;

import java.time.LocalDate;

/**
 * What opening a round did.
 *
 * @param status   OPENED now, ALREADY_OPEN before, or QUARTER_NOT_OVER or NO_MEMBERS (no member had an active
 *                 month in the quarter): nothing done
 * @param members  how many members the round covers
 * @param deadline the last working day to confirm or object
 */
public record RoundOpening(Status status, long roundId, int members, LocalDate deadline) {

    public enum Status { OPENED, ALREADY_OPEN, QUARTER_NOT_OVER, NO_MEMBERS }
}
