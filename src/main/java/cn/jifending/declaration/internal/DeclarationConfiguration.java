package cn.jifending.declaration.internal;

import cn.jifending.declaration.DeclarationReminders;
import cn.jifending.declaration.WorkingDayCalendar;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.calendar.WorkingDays;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeclarationProperties.class)
class DeclarationConfiguration {

    /** "Older than 3 working days" counts on the mainland calendar (holidays and 调休 included). */
    @Bean
    WorkingDayCalendar workingDayCalendar(WorkingDays workingDays) {
        return workingDays::isWorkingDay;
    }

    /** Daily (cron {@code jifen.jobs.schedules.declaration-stale-reminder}): secretaries hear of stale declarations once a day. */
    @Bean
    ScheduledJob declarationStaleReminder(DeclarationReminders reminders, Clock clock) {
        return new ScheduledJob("declaration-stale-reminder", context -> {
            LocalDate today = LocalDate.now(clock);
            context.once(today.toString(), () -> reminders.remindStale(today));
        });
    }

    /**
     * Monthly (cron {@code jifen.jobs.schedules.declaration-monthly-reminder}, default the 20th at 09:00):
     * members who declared nothing this month are reminded, once per month.
     */
    @Bean
    ScheduledJob declarationMonthlyReminder(MonthlyReminder reminder, Clock clock) {
        return new ScheduledJob("declaration-monthly-reminder", context -> {
            LocalDate today = LocalDate.now(clock);
            context.once(YearMonth.from(today).toString(), () -> reminder.remindUndeclared(today));
        });
    }
}
