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
 * {@code annual-round-reminder}: on its January days (Mondays by default), reminds the secretaries
 * whose branch still misses last year's review grades (once per day).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnnualProperties.class)
class AnnualJobs {

    @Bean
    ScheduledJob annualTalkReminderJob(TalkCommand talks, Clock clock) {
        return new ScheduledJob("annual-talk-reminder",
                ctx -> {
                    String day = LocalDate.now(clock).toString();
                    ctx.once(day, () -> talks.remindOverdue(ctx.source(day)));
                });
    }

    @Bean
    ScheduledJob annualRoundReminderJob(RoundReminder reminder, Clock clock) {
        return new ScheduledJob("annual-round-reminder", ctx -> {
            LocalDate today = LocalDate.now(clock);
            if (today.getMonth() == Month.JANUARY) {
                int year = today.getYear() - 1;
                ctx.once(today.toString(), () -> reminder.remindSecretaries(year));
            }
        });
    }
}
