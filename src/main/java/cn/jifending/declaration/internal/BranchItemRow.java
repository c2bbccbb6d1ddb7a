package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Row of {@code branch_item}: a branch-defined item. */
@TableName("branch_item")
public class BranchItemRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long branchId;
    private Integer itemYear;
    private String name;
    private BigDecimal points;
    private BigDecimal cap;
    private Boolean evidenceRequired;
    private String status;
    private String proposedBy;
    private LocalDateTime proposedAt;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private String outTrackId;

    public Long getId() {
        return id;
    }

    public BranchItemRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public BranchItemRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public Integer getItemYear() {
        return itemYear;
    }

    public BranchItemRow setItemYear(Integer itemYear) {
        this.itemYear = itemYear;
        return this;
    }

    public String getName() {
        return name;
    }

    public BranchItemRow setName(String name) {
        this.name = name;
        return this;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public BranchItemRow setPoints(BigDecimal points) {
        this.points = points;
        return this;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public BranchItemRow setCap(BigDecimal cap) {
        this.cap = cap;
        return this;
    }

    public Boolean getEvidenceRequired() {
        return evidenceRequired;
    }

    public BranchItemRow setEvidenceRequired(Boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public BranchItemRow setStatus(String status) {
        this.status = status;
        return this;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public BranchItemRow setProposedBy(String proposedBy) {
        this.proposedBy = proposedBy;
        return this;
    }

    public LocalDateTime getProposedAt() {
        return proposedAt;
    }

    public BranchItemRow setProposedAt(LocalDateTime proposedAt) {
        this.proposedAt = proposedAt;
        return this;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public BranchItemRow setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
        return this;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public BranchItemRow setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
        return this;
    }

    public String getOutTrackId() {
        return outTrackId;
    }

    public BranchItemRow setOutTrackId(String outTrackId) {
        this.outTrackId = outTrackId;
        return this;
    }
}
