package cn.jifending.publicity.internal;

import cn.jifending.jobs.ScheduledJob;
import cn.jifending.publicity.Publicity;
import cn.jifending.publicity.PublicityProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 公示 jobs: {@code publicity-opening} announces windows whose first day has come,
 * and {@code publicity-closing} closes windows at the closing time of their last day (the
 * {@code calendar-check} job is the calendar module's). Each acts once per day through the job's period key; the module
 * calls are idempotent on their own as well.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicityProperties.class)
class PublicityJobs {

    @Bean
    ScheduledJob publicityOpeningJob(Publicity publicity, Clock clock) {
        return new ScheduledJob("publicity-opening",
                ctx -> {
                    String day = LocalDate.now(clock).toString();
                    ctx.once(day, () -> publicity.announceDue(ctx.source(day)));
                });
    }

    @Bean
    ScheduledJob publicityClosingJob(Publicity publicity, PublicityProperties properties, Clock clock) {
        return new ScheduledJob("publicity-closing", ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            if (!now.toLocalTime().isBefore(properties.closesAt())) {
                String day = now.toLocalDate().toString();
                ctx.once(day, () -> publicity.closeDue(ctx.source(day)));
            }
        });
    }
}
