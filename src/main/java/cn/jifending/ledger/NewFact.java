package cn.jifending.ledger;

import cn.jifending.audit.Source;
import cn.jifending.scoring.FactKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact to record (see src/docs/recompute.md for item, date and value per kind).
 *
 * @param kind        what kind of fact
 * @param branchId    the branch whose ledger it belongs to
 * @param memberId    the member it is about
 * @param item        scheme item code; null for kinds with a fixed item (filled in)
 * @param occurredOn  the date it is about (1st of month for monthly figures, Jan 1 for REVIEW)
 * @param value       the value, null where the kind has none
 * @param source      where it came from; with member, kind, item and date it makes the fact idempotent
 * @param recordedBy  DingTalk userid of the recorder
 * @param reason      optional note (required for corrections)
 * @param eventRef    optional reference to the meeting/event/declaration it stems from
 * @param approvalRef the branch committee's approval, needed to write into a locked period
 */
public record NewFact(FactKind kind, long branchId, long memberId, String item, LocalDate occurredOn,
                      String value, Source source, String recordedBy, String reason, String eventRef,
                      String approvalRef) {

    public NewFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    public static NewFact of(FactKind kind, long branchId, long memberId, String item, LocalDate occurredOn,
                             String value, Source source, String recordedBy) {
        return new NewFact(kind, branchId, memberId, item, occurredOn, value, source, recordedBy, null, null, null);
    }

    public NewFact withReason(String newReason) {
        return new NewFact(kind, branchId, memberId, item, occurredOn, value, source, recordedBy, newReason,
                eventRef, approvalRef);
    }

    public NewFact withEventRef(String newEventRef) {
        return new NewFact(kind, branchId, memberId, item, occurredOn, value, source, recordedBy, reason,
                newEventRef, approvalRef);
    }
}
