package cn.jifending.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.evaluation.*}.
 *
 * @param confirmDays working days after the round opens that members have to confirm or object;
 *                    after that the secretary may sign off with the unconfirmed listed
 */
@Validated
@ConfigurationProperties("jifen.evaluation")
public record EvaluationProperties(@DefaultValue("5") @Min(1) @Max(30) int confirmDays) {
}
