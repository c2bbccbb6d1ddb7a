package cn.jifending.ledger.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code ledger_fact}; written once, never changed. */
@TableName("ledger_fact")
public class FactRow {

    @TableId(type = IdType.AUTO)
    public Long id;
    public String kind;
    public Long branchId;
    public Long memberId;
    public String item;
    public LocalDate occurredOn;
    public LocalDate endsOn;
    public String factValue;
    public Long corrects;
    public String recordedBy;
    public LocalDateTime recordedAt;
    public String sourceType;
    public String sourceRef;
    public String reason;
    public String eventRef;
    public String approvalRef;
    public String dedupeKey;

    // Getters name the columns in typed (lambda) query wrappers.

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public Long getBranchId() {
        return branchId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getItem() {
        return item;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getFactValue() {
        return factValue;
    }

    public Long getCorrects() {
        return corrects;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getSourceType() {
        return sourceType;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getReason() {
        return reason;
    }

    public String getEventRef() {
        return eventRef;
    }

    public String getApprovalRef() {
        return approvalRef;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }
}
