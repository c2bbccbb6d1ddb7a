package cn.jifending.audit.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.audit.AuditRecord;
import cn.jifending.audit.Source;
import cn.jifending.audit.SourceType;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class DatabaseAuditLog implements AuditLog {

    private static final int MAX_VALUE = 1000;
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private final AuditLogMapper mapper;
    private final JsonMapper json;
    private final Clock clock;

    DatabaseAuditLog(AuditLogMapper mapper, JsonMapper json, ObjectProvider<Clock> clock) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditRecord record(AuditEntry entry) {
        AuditLogRow row = new AuditLogRow();
        row.actor = entry.actor();
        row.action = entry.action();
        row.subjectType = entry.subject().type();
        row.subjectId = entry.subject().id();
        row.sourceType = entry.source().type().name();
        row.source = entry.source().ref();
        row.inboundEventId = entry.source().inboundEventId();
        Map<String, String> clipped = new LinkedHashMap<>();
        entry.details().forEach((name, value) -> clipped.put(name, clip(value)));
        row.details = clipped.isEmpty() ? null : json.writeValueAsString(clipped);
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
                .stream().map(this::toRecord).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(String action) {
        return mapper.selectCount(Wrappers.lambdaQuery(AuditLogRow.class).eq(AuditLogRow::getAction, action));
    }

    private static String clip(String s) {
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 3) + "...";
    }

    private AuditRecord toRecord(AuditLogRow r) {
        Map<String, String> details = new LinkedHashMap<>();
        if (r.details != null) {
            details.putAll(json.readValue(r.details, DETAILS));
        }
        if (r.beforeSummary != null) {
            details.put("before", r.beforeSummary);
        }
        if (r.afterSummary != null) {
            details.put("after", r.afterSummary);
        }
        return new AuditRecord(r.id, new AuditEntry(r.actor, r.action,
                new AuditEntry.Subject(r.subjectType, r.subjectId), details, source(r)), r.at);
    }

    /** The typed source; a row from before V85 keeps its free text as a SYSTEM ref. */
    private static Source source(AuditLogRow r) {
        if (r.sourceType != null) {
            return new Source(SourceType.valueOf(r.sourceType), r.source, r.inboundEventId);
        }
        return Source.system(r.source == null || r.source.isBlank() ? "unknown" : r.source);
    }
}
