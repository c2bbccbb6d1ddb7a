package cn.jifending.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

    @Test
    void doublesFromTheInitialDelayUpToTheCap() {
        var backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60), 0.5, () -> 0.0);
        assertThat(backoff.nominal(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.nominal(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.nominal(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.nominal(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.nominal(100)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void jitterTakesUpToItsFractionOffTheNominalDelay() {
        assertThat(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 0.5, () -> 0.0).delay(3))
                .isEqualTo(Duration.ofSeconds(8));
        assertThat(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 0.5, () -> 0.999999).delay(3))
                .isBetween(Duration.ofSeconds(4), Duration.ofMillis(4001));
        assertThat(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 0.0, () -> 0.7).delay(3))
                .isEqualTo(Duration.ofSeconds(8));
    }
}
