package cn.jifending.recording.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** rec_request: excuses, findings and disputes waiting for a decision on a card. */
@Component
class RequestStore {

    enum Kind { EXCUSE, FINDING, DISPUTE }

    enum Status { PENDING, APPROVED, REFUSED }

    record Request(long id, Kind kind, long branchId, long memberId, String requestedBy, String item,
                   LocalDate occurredOn, Long factId, Long attendanceId, String claimedValue, String reason,
                   String outTrackId, Status status, String decidedBy, Long resultFactId) {
    }

    record NewRequest(Kind kind, long branchId, long memberId, String requestedBy, String item,
                      LocalDate occurredOn, Long factId, Long attendanceId, String claimedValue, String reason,
                      String sourceRef, String outTrackId) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    RequestStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    long insert(NewRequest r, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rec_request (kind, branch_id, member_id, requested_by, item, occurred_on, fact_id, "
                        + "attendance_id, claimed_value, reason, source_ref, out_track_id, status, created_at) VALUES "
                        + "(:kind, :b, :m, :by, :item, :on, :fact, :att, :val, :reason, :src, :track, 'PENDING', :at)")
                .param("kind", r.kind().name()).param("b", r.branchId()).param("m", r.memberId())
                .param("by", r.requestedBy()).param("item", r.item()).param("on", r.occurredOn())
                .param("fact", r.factId()).param("att", r.attendanceId()).param("val", r.claimedValue())
                .param("reason", r.reason()).param("src", r.sourceRef()).param("track", r.outTrackId())
                .param("at", now).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEntry.created(r.requestedBy(), "recording." + r.kind().name().toLowerCase() + ".requested",
                "rec_request", id, "member " + r.memberId() + " " + r.item() + " " + r.occurredOn()
                        + (r.claimedValue() == null ? "" : " claimed " + r.claimedValue())
                        + (r.reason() == null ? "" : " (" + r.reason() + ")"), r.sourceRef()));
        return id;
    }

    /** The request with a lock on its row, so two presses cannot both decide it. */
    Optional<Request> lock(long id) {
        return jdbc.sql("SELECT * FROM rec_request WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, n) -> new Request(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getLong("branch_id"), rs.getLong("member_id"), rs.getString("requested_by"),
                        rs.getString("item"), rs.getObject("occurred_on", LocalDate.class),
                        (Long) rs.getObject("fact_id", Long.class), (Long) rs.getObject("attendance_id", Long.class),
                        rs.getString("claimed_value"), rs.getString("reason"), rs.getString("out_track_id"),
                        Status.valueOf(rs.getString("status")), rs.getString("decided_by"),
                        (Long) rs.getObject("result_fact_id", Long.class)))
                .optional();
    }

    void decide(long id, Status status, String by, Long resultFactId, LocalDateTime at) {
        jdbc.sql("UPDATE rec_request SET status = :s, decided_by = :by, decided_at = :at, result_fact_id = :f "
                        + "WHERE id = :id AND status = 'PENDING'")
                .param("s", status.name()).param("by", by).param("at", at).param("f", resultFactId).param("id", id)
                .update();
    }
}
