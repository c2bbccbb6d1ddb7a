package cn.jifending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The one clock tests set or move by hand, in Asia/Shanghai. {@code @Import(MutableClock.Config.class)} makes it
 * the application's clock (a separate cached test context from the plain {@link MariaDbTestBase} one).
 */
public final class MutableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public MutableClock() {
        this(Instant.parse("2026-01-05T01:00:00Z"));
    }

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void set(LocalDateTime localTime) {
        now = localTime.atZone(SHANGHAI).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
