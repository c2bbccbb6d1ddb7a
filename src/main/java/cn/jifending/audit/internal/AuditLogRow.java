package cn.jifending.audit.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/**
 * Row of {@code audit_log}. Rows written before V85 have {@code beforeSummary} / {@code afterSummary}
 * and a free-text {@code source}; newer ones {@code sourceType} + {@code source} (the ref),
 * {@code inboundEventId} and {@code details} (a JSON object).
 */
@TableName("audit_log")
public class AuditLogRow {

    @TableId(type = IdType.AUTO)
    public Long id;
    public String actor;
    public String action;
    public String subjectType;
    public String subjectId;
    public String beforeSummary;
    public String afterSummary;
    public String sourceType;
    public String source;
    public Long inboundEventId;
    public String details;
    public LocalDateTime at;

    public Long getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }
}
