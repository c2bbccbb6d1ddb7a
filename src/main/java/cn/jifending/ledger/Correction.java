package cn.jifending.ledger;

import cn.jifending.audit.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A correction of a recorded fact: a reversal (cancel it) or a replacement (same kind, member and
 * branch; new item, date and value). Corrections into a locked period need {@code approvalRef},
 * the branch committee's approval.
 */
public record Correction(boolean reversal, String item, LocalDate occurredOn, String value, String reason,
                         Source source, String actor, String approvalRef) {

    public Correction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actor, "actor");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction needs a reason");
        }
        if (!reversal) {
            Objects.requireNonNull(occurredOn, "occurredOn");
        }
    }

    public static Correction reversal(String reason, Source source, String actor) {
        return new Correction(true, null, null, null, reason, source, actor, null);
    }

    public static Correction replacement(String item, LocalDate occurredOn, String value, String reason,
                                         Source source, String actor) {
        return new Correction(false, item, occurredOn, value, reason, source, actor, null);
    }

    /** The same correction carrying the branch committee's approval reference. */
    public Correction approvedBy(String approval) {
        return new Correction(reversal, item, occurredOn, value, reason, source, actor, approval);
    }
}
