package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Row of {@code annual_snapshot}: a member's frozen annual line. */
@TableName("annual_snapshot")
public class AnnualSnapshotRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private Long memberId;
    private String userId;
    private String memberName;
    private String memberType;
    private BigDecimal base;
    private BigDecimal featured;
    private BigDecimal review;
    private BigDecimal composite;
    private String tier;
    private String warning;
    private Boolean flagged;
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public AnnualSnapshotRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getRoundId() {
        return roundId;
    }

    public AnnualSnapshotRow setRoundId(Long roundId) {
        this.roundId = roundId;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public AnnualSnapshotRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public String getUserId() {
        return userId;
    }

    public AnnualSnapshotRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public String getMemberName() {
        return memberName;
    }

    public AnnualSnapshotRow setMemberName(String memberName) {
        this.memberName = memberName;
        return this;
    }

    public String getMemberType() {
        return memberType;
    }

    public AnnualSnapshotRow setMemberType(String memberType) {
        this.memberType = memberType;
        return this;
    }

    public BigDecimal getBase() {
        return base;
    }

    public AnnualSnapshotRow setBase(BigDecimal base) {
        this.base = base;
        return this;
    }

    public BigDecimal getFeatured() {
        return featured;
    }

    public AnnualSnapshotRow setFeatured(BigDecimal featured) {
        this.featured = featured;
        return this;
    }

    public BigDecimal getReview() {
        return review;
    }

    public AnnualSnapshotRow setReview(BigDecimal review) {
        this.review = review;
        return this;
    }

    public BigDecimal getComposite() {
        return composite;
    }

    public AnnualSnapshotRow setComposite(BigDecimal composite) {
        this.composite = composite;
        return this;
    }

    public String getTier() {
        return tier;
    }

    public AnnualSnapshotRow setTier(String tier) {
        this.tier = tier;
        return this;
    }

    public String getWarning() {
        return warning;
    }

    public AnnualSnapshotRow setWarning(String warning) {
        this.warning = warning;
        return this;
    }

    public Boolean getFlagged() {
        return flagged;
    }

    public AnnualSnapshotRow setFlagged(Boolean flagged) {
        this.flagged = flagged;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public AnnualSnapshotRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
