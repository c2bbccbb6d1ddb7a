package cn.jifending.publicity.internal;

import cn.jifending.publicity.CalendarProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar over the database, cached per year. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    @Bean
    CachedWorkingDays workingDays(CalendarStore store, Clock clock, CalendarProperties properties) {
        return new CachedWorkingDays(store::loadYear, clock, properties.cacheTtl());
    }
}
