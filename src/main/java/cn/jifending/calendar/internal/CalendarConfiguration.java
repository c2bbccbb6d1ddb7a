package cn.jifending.calendar.internal;

import cn.jifending.calendar.CalendarProperties;
import cn.jifending.jobs.ScheduledJob;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar over the database, cached per year, and the job that warns when next year's is missing. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    @Bean
    CachedWorkingDays workingDays(CalendarStore store, Clock clock, CalendarProperties properties) {
        return new CachedWorkingDays(store::loadYear, clock, properties.cacheTtl());
    }

    @Bean
    ScheduledJob calendarCheckJob(CalendarWarning warning, Clock clock) {
        return new ScheduledJob("calendar-check", ctx -> {
            int nextYear = LocalDate.now(clock).getYear() + 1;
            if (warning.missing(nextYear)) {
                String year = String.valueOf(nextYear);
                ctx.once(year, () -> warning.warn(nextYear, ctx.source(year)));
            }
        });
    }
}
