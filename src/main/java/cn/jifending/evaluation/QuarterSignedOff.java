package cn.jifending.evaluation;

import cn.jifending.audit.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A branch's quarter was signed off by its secretary (签名确认): the quarter is locked and its scores are
 * final as {@link Evaluation#signedScores} lists them. Published in the sign-off's transaction; the
 * publicity module opens the quarter's 公示 on it. Kept small (ids, not the score list) so it fits the
 * event publication registry's serialized column.
 *
 * @param note   the secretary's reason for signing off an incomplete quarter, or null
 * @param source the sign-off's chat message or card press (with its inbound event)
 */
public record QuarterSignedOff(long roundId, long branchId, int year, int quarter, LocalDate signedOn,
                               String signedBy, String note, Source source) {

    public QuarterSignedOff {
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(source, "source");
    }
}
