package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Row of {@code evaluation_snapshot}: one version of a member's quarter. */
@TableName("evaluation_snapshot")
public class EvaluationSnapshotRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private Long memberId;
    private Integer version;
    private String userId;
    private String memberName;
    private Integer activeMonths;
    private String monthBases;
    private BigDecimal base;
    private BigDecimal featured;
    private BigDecimal total;
    private String cause;
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public EvaluationSnapshotRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getRoundId() {
        return roundId;
    }

    public EvaluationSnapshotRow setRoundId(Long roundId) {
        this.roundId = roundId;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public EvaluationSnapshotRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public Integer getVersion() {
        return version;
    }

    public EvaluationSnapshotRow setVersion(Integer version) {
        this.version = version;
        return this;
    }

    public String getUserId() {
        return userId;
    }

    public EvaluationSnapshotRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public String getMemberName() {
        return memberName;
    }

    public EvaluationSnapshotRow setMemberName(String memberName) {
        this.memberName = memberName;
        return this;
    }

    public Integer getActiveMonths() {
        return activeMonths;
    }

    public EvaluationSnapshotRow setActiveMonths(Integer activeMonths) {
        this.activeMonths = activeMonths;
        return this;
    }

    public String getMonthBases() {
        return monthBases;
    }

    public EvaluationSnapshotRow setMonthBases(String monthBases) {
        this.monthBases = monthBases;
        return this;
    }

    public BigDecimal getBase() {
        return base;
    }

    public EvaluationSnapshotRow setBase(BigDecimal base) {
        this.base = base;
        return this;
    }

    public BigDecimal getFeatured() {
        return featured;
    }

    public EvaluationSnapshotRow setFeatured(BigDecimal featured) {
        this.featured = featured;
        return this;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public EvaluationSnapshotRow setTotal(BigDecimal total) {
        this.total = total;
        return this;
    }

    public String getCause() {
        return cause;
    }

    public EvaluationSnapshotRow setCause(String cause) {
        this.cause = cause;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public EvaluationSnapshotRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
