package cn.jifending.calendar.internal;

import cn.jifending.audit.Source;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.calendar.WorkingDays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the committee admins that a year's working-day calendar is missing (Monday–Friday is assumed). */
@Component
class CalendarWarning {

    private final WorkingDays workingDays;
    private final MemberDirectory directory;
    private final Outbox outbox;
    private final AuditLog audit;

    CalendarWarning(WorkingDays workingDays, MemberDirectory directory, Outbox outbox, AuditLog audit) {
        this.workingDays = workingDays;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
    }

    boolean missing(int year) {
        return !workingDays.hasDataFor(year);
    }

    @Transactional
    void warn(int year, Source source) {
        List<String> admins = directory.committeeAdmins().stream().map(Person::userId).toList();
        if (!admins.isEmpty()) {
            outbox.message(admins, "calendar-missing", Map.of("year", year));
        }
        audit.record(AuditEntry.of("system", "calendar.missing.warned", "calendar_year", year, source)
                .with("admins", admins.size()));
    }
}
