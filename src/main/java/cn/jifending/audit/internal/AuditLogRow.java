package cn.jifending.audit.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code audit_log}. */
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
    public String source;
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
