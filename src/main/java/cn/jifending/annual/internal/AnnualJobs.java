package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualProperties;
import cn.jifending.jobs.ScheduledJob;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code annual-talk-reminder}: reminds secretaries of talks past their deadline (once per day).
 * {@code annual-round-reminder}: in January, reminds secretaries once to enter last year's review
 * grades (only those whose branch still misses some).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnnualProperties.class)
class AnnualJobs {

    @Bean
    ScheduledJob annualTalkReminderJob(Talks talks, Clock clock) {
        return new ScheduledJob("annual-talk-reminder",
                ctx -> ctx.once(LocalDate.now(clock).toString(), talks::remindOverdue));
    }

    @Bean
    ScheduledJob annualRoundReminderJob(RoundReminder reminder, Clock clock) {
        return new ScheduledJob("annual-round-reminder", ctx -> {
            LocalDate today = LocalDate.now(clock);
            if (today.getMonth() == Month.JANUARY) {
                int year = today.getYear() - 1;
                ctx.once(String.valueOf(year), () -> reminder.remindSecretaries(year));
            }
        });
    }
}
