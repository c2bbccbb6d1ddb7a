package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code declaration_draft}: the declaration a person has under way. */
@TableName("declaration_draft")
public class DraftRow {

    @TableId(type = IdType.INPUT)
    private String userId;
    private Long memberId;
    private Long branchId;
    private String item;
    private LocalDate occurredOn;
    private String description;
    private String stage;
    private String evidenceIds;
    private String sourceMsgId;
    private LocalDateTime updatedAt;

    public String getUserId() {
        return userId;
    }

    public DraftRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public DraftRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public DraftRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public String getItem() {
        return item;
    }

    public DraftRow setItem(String item) {
        this.item = item;
        return this;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public DraftRow setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public DraftRow setDescription(String description) {
        this.description = description;
        return this;
    }

    public String getStage() {
        return stage;
    }

    public DraftRow setStage(String stage) {
        this.stage = stage;
        return this;
    }

    public String getEvidenceIds() {
        return evidenceIds;
    }

    public DraftRow setEvidenceIds(String evidenceIds) {
        this.evidenceIds = evidenceIds;
        return this;
    }

    public String getSourceMsgId() {
        return sourceMsgId;
    }

    public DraftRow setSourceMsgId(String sourceMsgId) {
        this.sourceMsgId = sourceMsgId;
        return this;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public DraftRow setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }
}
