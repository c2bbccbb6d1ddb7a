package cn.jifending.audit;

import java.time.LocalDateTime;

/** A stored audit row. */
public record AuditRecord(long id, AuditEntry entry, LocalDateTime at) {
}
