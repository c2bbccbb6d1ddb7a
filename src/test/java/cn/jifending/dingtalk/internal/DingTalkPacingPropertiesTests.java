package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.dingtalk.DingTalkPacingProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code jifen.dingtalk.pacing.*} binds with its defaults and refuses values that would get the app throttled. */
class DingTalkPacingPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DingTalkConfiguration.class);

    @Test
    void defaultsAreDingTalksLimitForAnApp() {
        runner.run(context -> {
            DingTalkPacingProperties pacing = context.getBean(DingTalkPacingProperties.class);
            assertThat(pacing).isEqualTo(DingTalkPacingProperties.defaults());
            assertThat(pacing.callsPerSecond("robot oToMessages/batchSend")).isEqualTo(20);
            assertThat(pacing.throttleWait()).isEqualTo(Duration.ofSeconds(1));
        });
    }

    @Test
    void perApiOverridesBindWithBracketedNames() {
        runner.withPropertyValues("jifen.dingtalk.pacing.calls-per-second=10",
                        "jifen.dingtalk.pacing.per-api.[robot oToMessages/batchSend]=5",
                        "jifen.dingtalk.pacing.quota-retry-delay=30m")
                .run(context -> {
                    DingTalkPacingProperties pacing = context.getBean(DingTalkPacingProperties.class);
                    assertThat(pacing.callsPerSecond("robot oToMessages/batchSend")).isEqualTo(5);
                    assertThat(pacing.callsPerSecond("oapi /topapi/v2/user/list")).isEqualTo(10);
                    assertThat(pacing.quotaRetryDelay()).isEqualTo(Duration.ofMinutes(30));
                });
    }

    @Test
    void invalidValuesStopStartUpNamingTheProperty() {
        runner.withPropertyValues("jifen.dingtalk.pacing.calls-per-second=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("callsPerSecond");
        });
        runner.withPropertyValues("jifen.dingtalk.pacing.throttle-wait=200ms").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("throttle-wait must be at least 1s");
        });
        runner.withPropertyValues("jifen.dingtalk.pacing.throttle-attempts=50").run(context ->
                assertThat(context).hasFailed());
    }
}
