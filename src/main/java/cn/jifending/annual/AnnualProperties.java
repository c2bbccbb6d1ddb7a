package cn.jifending.annual;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.annual.*}.
 *
 * @param talkDays working days the secretary has for a talk (约谈) after the 机关党委's audit
 * @param spotCheckMaxSize the largest sample {@code 抽查} draws
 * @param spotCheckDays how far back (days) {@code 抽查} draws facts from
 */
@Validated
@ConfigurationProperties("jifen.annual")
public record AnnualProperties(@DefaultValue("10") @Min(1) @Max(60) int talkDays,
                               @DefaultValue("20") @Min(1) @Max(100) int spotCheckMaxSize,
                               @DefaultValue("120") @Min(1) @Max(800) int spotCheckDays) {
}
