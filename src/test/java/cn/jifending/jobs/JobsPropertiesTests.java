package cn.jifending.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobsPropertiesTests {

    @Test
    void quartzCronsAreAccepted() {
        JobsProperties properties = new JobsProperties(ZoneId.of("Asia/Shanghai"),
                Map.of("declaration-reminder", "0 0 9 20 * ?", "publicity-close", "0 0 18 ? * MON-FRI"));
        assertThat(properties.schedules()).containsEntry("declaration-reminder", "0 0 9 20 * ?");
        assertThat(new JobsProperties(ZoneId.of("Asia/Shanghai"), null).schedules()).isEmpty();
    }

    @Test
    void anInvalidCronFailsAtBinding() {
        assertThatThrownBy(() -> new JobsProperties(ZoneId.of("Asia/Shanghai"), Map.of("x", "0 9 20 * *")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jifen.jobs.schedules.x");
    }

    @Test
    void jobNamesAreKebabCase() {
        JobAction nothing = context -> { };
        assertThat(new ScheduledJob("quarter-round-open", nothing).name()).isEqualTo("quarter-round-open");
        assertThatThrownBy(() -> new ScheduledJob("Quarter Round", nothing)).isInstanceOf(IllegalArgumentException.class);
    }
}
