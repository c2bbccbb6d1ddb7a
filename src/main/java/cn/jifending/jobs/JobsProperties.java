package cn.jifending.jobs;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.jobs.*}: when each job fires.
 *
 * @param timeZone  the zone the crons are read in
 * @param schedules job name → Quartz cron expression (seconds first, e.g. {@code 0 0 9 20 * ?})
 */
@Validated
@ConfigurationProperties("jifen.jobs")
public record JobsProperties(
        @DefaultValue("Asia/Shanghai") @NotNull ZoneId timeZone,
        Map<String, String> schedules) {

    public JobsProperties {
        schedules = schedules == null ? Map.of() : Map.copyOf(new TreeMap<>(schedules));
        schedules.forEach((name, cron) -> {
            if (cron == null || !CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("jifen.jobs.schedules." + name + " is not a Quartz cron expression: " + cron);
            }
        });
    }
}
