package cn.jifending.audit;

import java.util.List;

/** The append-only audit log. */
public interface AuditLog {

    /**
     * Appends an entry inside the caller's transaction; fails when called outside one, so an audit
     * row exists if and only if the change it describes committed.
     */
    AuditRecord record(AuditEntry entry);

    /** Every entry about one subject, oldest first. */
    List<AuditRecord> entriesFor(String subjectType, String subjectId);

    /** Number of entries with this action (for tests and health checks). */
    long count(String action);
}
