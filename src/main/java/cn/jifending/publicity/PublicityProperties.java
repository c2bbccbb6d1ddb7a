package cn.jifending.publicity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.publicity.*}.
 *
 * @param days         how many working days a 公示 lasts
 * @param closesAt     the time of day the window closes on its last working day (Asia/Shanghai)
 * @param branchGroups branch name → DingTalk group conversation id the 公示 is posted to; a branch
 *                     without one gets the 公示 one-to-one, member by member
 */
@Validated
@ConfigurationProperties("jifen.publicity")
public record PublicityProperties(
        @DefaultValue("5") @Min(1) @Max(30) int days,
        @DefaultValue("18:00") @NotNull LocalTime closesAt,
        Map<String, String> branchGroups) {

    public PublicityProperties {
        branchGroups = branchGroups == null ? Map.of() : Map.copyOf(branchGroups);
    }
}
