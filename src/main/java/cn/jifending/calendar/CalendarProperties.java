package cn.jifending.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.calendar.*}.
 *
 * @param cacheTtl how long a year of the calendar stays cached; days added on this instance are
 *                 seen at once, days added through another instance of a cluster after at most this
 */
@Validated
@ConfigurationProperties("jifen.calendar")
public record CalendarProperties(@DefaultValue("10m") @NotNull Duration cacheTtl) {
}
