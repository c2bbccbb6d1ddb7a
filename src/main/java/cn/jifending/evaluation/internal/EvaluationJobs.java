package cn.jifending.evaluation.internal;

import cn.jifending.bot.Quarter;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.EvaluationProperties;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.calendar.WorkingDays;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code evaluation-opening}: once the first working day after a quarter has come, opens that
 * quarter's round in every branch (once per quarter). {@code evaluation-deadline}: the day's
 * confirm-deadline reminders (once per day).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvaluationProperties.class)
class EvaluationJobs {

    @Bean
    ScheduledJob evaluationOpeningJob(Evaluation evaluation, WorkingDays workingDays, Clock clock) {
        return new ScheduledJob("evaluation-opening", ctx -> {
            LocalDate today = LocalDate.now(clock);
            Quarter last = Quarter.of(today).previous();
            if (!today.isBefore(workingDays.nextWorkingDay(last.lastDay()))) {
                String period = last.year() + "-Q" + last.quarter();
                ctx.once(period, () -> evaluation.openAll(last.year(), last.quarter(), ctx.source(period)));
            }
        });
    }

    @Bean
    ScheduledJob evaluationDeadlineJob(Evaluation evaluation, Clock clock) {
        return new ScheduledJob("evaluation-deadline",
                ctx -> ctx.once(LocalDate.now(clock).toString(), evaluation::remindDeadlines));
    }
}
