package cn.jifending.audit;

import java.time.LocalDateTime;

/** A stored audit row; {@code entry().source().inboundEventId()} is the {@code inbound_event} it joins to. */
public record AuditRecord(long id, AuditEntry entry, LocalDateTime at) {
}
