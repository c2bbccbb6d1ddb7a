package cn.jifending.recording.internal;

import cn.jifending.audit.Source;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
                      Source source, String outTrackId) {
    }

    private final RequestMapper requests;
    private final AuditLog audit;

    RequestStore(RequestMapper requests, AuditLog audit) {
        this.requests = requests;
        this.audit = audit;
    }

    long insert(NewRequest r, LocalDateTime now) {
        RequestRow row = new RequestRow().setKind(r.kind().name()).setBranchId(r.branchId()).setMemberId(r.memberId())
                .setRequestedBy(r.requestedBy()).setItem(r.item()).setOccurredOn(r.occurredOn()).setFactId(r.factId())
                .setAttendanceId(r.attendanceId()).setClaimedValue(r.claimedValue()).setReason(r.reason())
                .setSourceRef(r.source().toString()).setOutTrackId(r.outTrackId()).setStatus(Status.PENDING.name())
                .setCreatedAt(now);
        requests.insert(row);
        long id = row.getId();
        audit.record(AuditEntry.of(r.requestedBy(), "recording." + r.kind().name().toLowerCase() + ".requested",
                        "rec_request", id, r.source())
                .with("member", r.memberId()).with("item", r.item()).with("on", r.occurredOn())
                .with("claimed", r.claimedValue()).with("reason", r.reason()));
        return id;
    }

    /** The request with a lock on its row, so two presses cannot both decide it. */
    Optional<Request> lock(long id) {
        return Optional.ofNullable(requests.selectOne(Wrappers.lambdaQuery(RequestRow.class)
                        .eq(RequestRow::getId, id).last("FOR UPDATE")))
                .map(r -> new Request(r.getId(), Kind.valueOf(r.getKind()), r.getBranchId(), r.getMemberId(),
                        r.getRequestedBy(), r.getItem(), r.getOccurredOn(), r.getFactId(), r.getAttendanceId(),
                        r.getClaimedValue(), r.getReason(), r.getOutTrackId(), Status.valueOf(r.getStatus()),
                        r.getDecidedBy(), r.getResultFactId()));
    }

    /** The requests of this kind for these branches still waiting for a decision, oldest first. */
    List<RequestRow> pending(Kind kind, Collection<Long> branchIds) {
        if (branchIds.isEmpty()) {
            return List.of();
        }
        return requests.selectList(Wrappers.lambdaQuery(RequestRow.class)
                .eq(RequestRow::getKind, kind.name()).eq(RequestRow::getStatus, Status.PENDING.name())
                .in(RequestRow::getBranchId, branchIds)
                .orderByAsc(RequestRow::getCreatedAt).orderByAsc(RequestRow::getId));
    }

    void decide(long id, Status status, String by, Long resultFactId, LocalDateTime at) {
        requests.update(Wrappers.lambdaUpdate(RequestRow.class).set(RequestRow::getStatus, status.name())
                .set(RequestRow::getDecidedBy, by).set(RequestRow::getDecidedAt, at)
                .set(RequestRow::getResultFactId, resultFactId)
                .eq(RequestRow::getId, id).eq(RequestRow::getStatus, Status.PENDING.name()));
    }
}
