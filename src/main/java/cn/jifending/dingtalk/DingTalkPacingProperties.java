package cn.jifending.dingtalk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How fast the application calls DingTalk and how it reacts to DingTalk's own limits
 * ({@code jifen.dingtalk.pacing.*}); see {@code src/docs/dingtalk-errors.md}.
 *
 * @param callsPerSecond   calls per second per API of this instance, shared by every sender thread
 *                         (DingTalk allows an app 20 per API by default; with several instances, divide)
 * @param perApi           overrides of {@code callsPerSecond} by API name, e.g.
 *                         {@code robot oToMessages/batchSend} or {@code oapi /topapi/v2/user/list}
 * @param throttleWait     how long a throttled API pauses before it is called again (at least 1 s)
 * @param throttleAttempts how many times one call is tried while DingTalk answers "throttled"
 * @param quotaRetryDelay  how long messages wait when the organisation's API quota is used up
 */
@Validated
@ConfigurationProperties("jifen.dingtalk.pacing")
public record DingTalkPacingProperties(
        @DefaultValue("20") @Min(1) @Max(10_000) int callsPerSecond,
        Map<String, Integer> perApi,
        @DefaultValue("1s") @NotNull Duration throttleWait,
        @DefaultValue("3") @Min(1) @Max(10) int throttleAttempts,
        @DefaultValue("1h") @NotNull Duration quotaRetryDelay) {

    public DingTalkPacingProperties {
        perApi = perApi == null ? Map.of() : Map.copyOf(perApi);
        perApi.forEach((api, rate) -> {
            if (rate == null || rate < 1 || rate > 10_000) {
                throw new IllegalArgumentException("jifen.dingtalk.pacing.per-api." + api
                        + " must be between 1 and 10000 calls per second, not " + rate);
            }
        });
        if (throttleWait != null && throttleWait.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("jifen.dingtalk.pacing.throttle-wait must be at least 1s (DingTalk "
                    + "counts its limits per second), not " + throttleWait);
        }
        if (quotaRetryDelay != null && quotaRetryDelay.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("jifen.dingtalk.pacing.quota-retry-delay must be at least 1m, not "
                    + quotaRetryDelay);
        }
    }

    /** The defaults: 20 calls/s per API, 1 s pause when throttled, 3 tries, 1 h when the quota is used up. */
    public static DingTalkPacingProperties defaults() {
        return new DingTalkPacingProperties(20, Map.of(), Duration.ofSeconds(1), 3, Duration.ofHours(1));
    }

    /** The calls per second allowed for one API. */
    public int callsPerSecond(String api) {
        Integer own = perApi.get(api);
        return own == null ? callsPerSecond : own;
    }
}
