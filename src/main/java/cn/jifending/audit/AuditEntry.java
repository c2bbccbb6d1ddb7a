package cn.jifending.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One state change to record: who, what, on which subject, from where, with the change's details as
 * named values (never a sentence assembled in code).
 *
 * <pre>{@code
 * audit.record(AuditEntry.of(who.userId(), "evaluation.round.signed", "evaluation_round", roundId, ctx.source())
 *         .with("from", "open").with("to", "signed").with("unconfirmed", unconfirmed));
 * }</pre>
 *
 * @param actor   DingTalk userid of who did it ({@code system} for the application itself)
 * @param action  what was done, e.g. {@code ledger.fact.recorded}
 * @param subject the thing changed
 * @param details named values in the order given (e.g. {@code from}, {@code to}, {@code reason}); values are
 *                shown as text, null values are left out
 * @param source  where the change came from; its inbound event id lands in {@code audit_log.inbound_event_id}
 */
public record AuditEntry(String actor, String action, Subject subject, Map<String, String> details, Source source) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(source, "source");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The kind of thing changed (e.g. {@code ledger_fact}) and its id. */
    public record Subject(String type, String id) {
        public Subject {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }
    }

    /** An entry without details yet; add them with {@link #with}. */
    public static AuditEntry of(String actor, String action, String subjectType, Object subjectId, Source source) {
        return new AuditEntry(actor, action, new Subject(subjectType, String.valueOf(subjectId)), Map.of(), source);
    }

    /** This entry with one more detail; a null value is left out. */
    public AuditEntry with(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(name, String.valueOf(value));
        return new AuditEntry(actor, action, subject, more, source);
    }

    /** This entry's change from one state to another: details {@code from} and {@code to}. */
    public AuditEntry changed(Object from, Object to) {
        return with("from", from).with("to", to);
    }

    /** One detail, or null. */
    public String detail(String name) {
        return details.get(name);
    }
}
