package cn.jifending.recording.internal;

import cn.jifending.jobs.ScheduledJob;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recording jobs. */
@Configuration(proxyBeanMethods = false)
class RecordingJobs {

    /**
     * Daily (cron {@code jifen.jobs.schedules.recording-month-end-reminder}, default 16:00); acts only on
     * the 3rd-to-last working day of the month, once per month.
     */
    @Bean
    ScheduledJob recordingMonthEndReminder(MonthEndReminder reminder, Clock clock) {
        return new ScheduledJob("recording-month-end-reminder", context -> {
            LocalDate today = LocalDate.now(clock);
            if (reminder.isReminderDay(today)) {
                context.once(YearMonth.from(today).toString(), () -> reminder.remind(today));
            }
        });
    }
}
