package cn.jifending.recording.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code rec_request}: a request waiting for a decision on a card. */
@TableName("rec_request")
public class RequestRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String kind;
    private Long branchId;
    private Long memberId;
    private String requestedBy;
    private String item;
    private LocalDate occurredOn;
    private Long factId;
    private Long attendanceId;
    private String claimedValue;
    private String reason;
    private String sourceRef;
    private String outTrackId;
    private String status;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private Long resultFactId;
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public RequestRow setId(Long id) {
        this.id = id;
        return this;
    }

    public String getKind() {
        return kind;
    }

    public RequestRow setKind(String kind) {
        this.kind = kind;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public RequestRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public RequestRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public RequestRow setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
        return this;
    }

    public String getItem() {
        return item;
    }

    public RequestRow setItem(String item) {
        this.item = item;
        return this;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public RequestRow setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
        return this;
    }

    public Long getFactId() {
        return factId;
    }

    public RequestRow setFactId(Long factId) {
        this.factId = factId;
        return this;
    }

    public Long getAttendanceId() {
        return attendanceId;
    }

    public RequestRow setAttendanceId(Long attendanceId) {
        this.attendanceId = attendanceId;
        return this;
    }

    public String getClaimedValue() {
        return claimedValue;
    }

    public RequestRow setClaimedValue(String claimedValue) {
        this.claimedValue = claimedValue;
        return this;
    }

    public String getReason() {
        return reason;
    }

    public RequestRow setReason(String reason) {
        this.reason = reason;
        return this;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public RequestRow setSourceRef(String sourceRef) {
        this.sourceRef = sourceRef;
        return this;
    }

    public String getOutTrackId() {
        return outTrackId;
    }

    public RequestRow setOutTrackId(String outTrackId) {
        this.outTrackId = outTrackId;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public RequestRow setStatus(String status) {
        this.status = status;
        return this;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public RequestRow setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
        return this;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public RequestRow setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
        return this;
    }

    public Long getResultFactId() {
        return resultFactId;
    }

    public RequestRow setResultFactId(Long resultFactId) {
        this.resultFactId = resultFactId;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public RequestRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
