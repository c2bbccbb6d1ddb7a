package cn.jifending.ledger.internal;

import cn.jifending.ledger.Fact;
import cn.jifending.scoring.FactKind;
import cn.jifending.ledger.NewFact;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.Source;
import cn.jifending.audit.SourceType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;

/** Rows to facts and back, and the idempotency key. */
final class FactKeys {

    private FactKeys() {
    }

    /** sha-256 of source + member + kind + item + date (+ the corrected fact). */
    static String dedupeKey(Source source, long memberId, FactKind kind, String item, LocalDate on, Long corrects) {
        String text = String.join("\u001f", source.type().name(), source.ref(), Long.toString(memberId),
                kind.name(), item == null ? "" : item, on.toString(), corrects == null ? "" : corrects.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static FactRow row(NewFact f, String item, String value, Long corrects, String key, LocalDateTime now) {
        FactRow row = new FactRow();
        row.kind = f.kind().name();
        row.branchId = f.branchId();
        row.memberId = f.memberId();
        row.item = item;
        row.occurredOn = f.occurredOn();
        row.factValue = value;
        row.corrects = corrects;
        row.recordedBy = f.recordedBy();
        row.recordedAt = now;
        row.sourceType = f.source().type().name();
        row.sourceRef = f.source().ref();
        row.reason = f.reason();
        row.eventRef = f.eventRef();
        row.approvalRef = f.approvalRef();
        row.dedupeKey = key;
        return row;
    }

    static Fact fact(FactRow r) {
        return new Fact(r.id, FactKind.valueOf(r.kind), r.branchId, r.memberId, r.item, r.occurredOn, r.endsOn,
                r.factValue, r.corrects, r.recordedBy, r.recordedAt,
                new Source(SourceType.valueOf(r.sourceType), r.sourceRef), r.reason, r.eventRef, r.approvalRef);
    }

    /** The fact's fields as audit details. */
    static AuditEntry details(AuditEntry entry, Fact f) {
        return entry.with("kind", f.kind()).with("member", f.memberId()).with("branch", f.branchId())
                .with("item", f.item()).with("on", f.occurredOn()).with("value", f.value())
                .with("corrects", f.corrects());
    }
}
