package cn.jifending.declaration.internal;

import cn.jifending.declaration.WorkingDayCalendar;
import java.time.DayOfWeek;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeclarationProperties.class)
class DeclarationConfiguration {

    /** Monday to Friday, until the mainland working-day calendar provides a {@link WorkingDayCalendar}. */
    @Bean
    @ConditionalOnMissingBean(WorkingDayCalendar.class)
    WorkingDayCalendar weekdayCalendar() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
