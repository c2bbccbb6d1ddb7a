package cn.jifending.audit.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.audit.AuditRecord;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
class DatabaseAuditLog implements AuditLog {

    private static final int MAX_SUMMARY = 1000;

    private final AuditLogMapper mapper;
    private final Clock clock;

    DatabaseAuditLog(AuditLogMapper mapper, ObjectProvider<Clock> clock) {
        this.mapper = mapper;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditRecord record(AuditEntry entry) {
        AuditLogRow row = new AuditLogRow();
        row.actor = entry.actor();
        row.action = entry.action();
        row.subjectType = entry.subjectType();
        row.subjectId = entry.subjectId();
        row.beforeSummary = clip(entry.before());
        row.afterSummary = clip(entry.after());
        row.source = entry.source();
        row.at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        mapper.insert(row);
        return toRecord(row);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> entriesFor(String subjectType, String subjectId) {
        return mapper.selectList(Wrappers.lambdaQuery(AuditLogRow.class)
                        .eq(AuditLogRow::getSubjectType, subjectType).eq(AuditLogRow::getSubjectId, subjectId)
                        .orderByAsc(AuditLogRow::getId))
                .stream().map(DatabaseAuditLog::toRecord).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(String action) {
        return mapper.selectCount(Wrappers.lambdaQuery(AuditLogRow.class).eq(AuditLogRow::getAction, action));
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_SUMMARY ? s : s.substring(0, MAX_SUMMARY - 1) + "…";
    }

    private static AuditRecord toRecord(AuditLogRow r) {
        return new AuditRecord(r.id, new AuditEntry(r.actor, r.action, r.subjectType, r.subjectId,
                r.beforeSummary, r.afterSummary, r.source), r.at);
    }
}
