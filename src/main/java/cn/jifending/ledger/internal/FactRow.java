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
}
