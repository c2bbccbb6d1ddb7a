package cn.jifending.audit;

import java.util.Objects;

/**
 * One state change to record.
 *
 * @param actor        DingTalk userid of who did it ({@code system} for the application itself)
 * @param action       what was done, e.g. {@code ledger.fact.recorded}
 * @param subjectType  the kind of thing changed, e.g. {@code ledger_fact}
 * @param subjectId    its id
 * @param before       short summary of the state before, null when created
 * @param after        short summary of the state after, null when removed
 * @param source       where the change came from: chat message id, import file hash, card action
 */
public record AuditEntry(String actor, String action, String subjectType, String subjectId,
                         String before, String after, String source) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    /** A creation: nothing before. */
    public static AuditEntry created(String actor, String action, String subjectType, Object subjectId,
                                     String after, String source) {
        return new AuditEntry(actor, action, subjectType, String.valueOf(subjectId), null, after, source);
    }

    /** A change from {@code before} to {@code after}. */
    public static AuditEntry changed(String actor, String action, String subjectType, Object subjectId,
                                     String before, String after, String source) {
        return new AuditEntry(actor, action, subjectType, String.valueOf(subjectId), before, after, source);
    }
}
