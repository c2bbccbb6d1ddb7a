package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code declaration}: a submitted declaration. */
@TableName("declaration")
public class DeclarationRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long memberId;
    private String userId;
    private Long branchId;
    private String item;
    private String itemName;
    private LocalDate occurredOn;
    private String description;
    private String status;
    private BigDecimal proposedPoints;
    private Boolean zeroRecord;
    private BigDecimal points;
    private String approvers;
    private String viewers;
    private String outTrackId;
    private LocalDateTime submittedAt;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private String rejectReason;
    private Long factId;
    private String sourceMsgId;

    public Long getId() {
        return id;
    }

    public DeclarationRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public DeclarationRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public String getUserId() {
        return userId;
    }

    public DeclarationRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public DeclarationRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public String getItem() {
        return item;
    }

    public DeclarationRow setItem(String item) {
        this.item = item;
        return this;
    }

    public String getItemName() {
        return itemName;
    }

    public DeclarationRow setItemName(String itemName) {
        this.itemName = itemName;
        return this;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public DeclarationRow setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public DeclarationRow setDescription(String description) {
        this.description = description;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public DeclarationRow setStatus(String status) {
        this.status = status;
        return this;
    }

    public BigDecimal getProposedPoints() {
        return proposedPoints;
    }

    public DeclarationRow setProposedPoints(BigDecimal proposedPoints) {
        this.proposedPoints = proposedPoints;
        return this;
    }

    public Boolean getZeroRecord() {
        return zeroRecord;
    }

    public DeclarationRow setZeroRecord(Boolean zeroRecord) {
        this.zeroRecord = zeroRecord;
        return this;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public DeclarationRow setPoints(BigDecimal points) {
        this.points = points;
        return this;
    }

    public String getApprovers() {
        return approvers;
    }

    public DeclarationRow setApprovers(String approvers) {
        this.approvers = approvers;
        return this;
    }

    public String getViewers() {
        return viewers;
    }

    public DeclarationRow setViewers(String viewers) {
        this.viewers = viewers;
        return this;
    }

    public String getOutTrackId() {
        return outTrackId;
    }

    public DeclarationRow setOutTrackId(String outTrackId) {
        this.outTrackId = outTrackId;
        return this;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public DeclarationRow setSubmittedAt(LocalDateTime submittedAt) {
        this.submittedAt = submittedAt;
        return this;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public DeclarationRow setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
        return this;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public DeclarationRow setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
        return this;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public DeclarationRow setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
        return this;
    }

    public Long getFactId() {
        return factId;
    }

    public DeclarationRow setFactId(Long factId) {
        this.factId = factId;
        return this;
    }

    public String getSourceMsgId() {
        return sourceMsgId;
    }

    public DeclarationRow setSourceMsgId(String sourceMsgId) {
        this.sourceMsgId = sourceMsgId;
        return this;
    }
}
