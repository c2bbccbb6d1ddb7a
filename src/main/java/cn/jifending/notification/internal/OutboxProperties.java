package cn.jifending.notification.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.outbox.*}: how the dispatcher delivers.
 *
 * @param dispatchEnabled whether this instance runs the background dispatcher (tests turn it off)
 * @param pollInterval    pause between dispatch rounds when there was nothing to do
 * @param batchSize       rows claimed per round
 * @param maxAttempts     tries before a message is marked DEAD
 * @param initialBackoff  delay after the first failed try; doubles each try
 * @param maxBackoff      cap of the delay
 * @param jitter          fraction of the delay randomized away (0 = none, 0.5 = delay in [d/2, d])
 * @param lease           how long a claimed row belongs to this instance before another may take it
 */
@Validated
@ConfigurationProperties("jifen.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean dispatchEnabled,
        @NotNull @DefaultValue("1s") Duration pollInterval,
        @Min(1) @Max(500) @DefaultValue("20") int batchSize,
        @Min(1) @Max(100) @DefaultValue("10") int maxAttempts,
        @NotNull @DefaultValue("2s") Duration initialBackoff,
        @NotNull @DefaultValue("30m") Duration maxBackoff,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double jitter,
        @NotNull @DefaultValue("2m") Duration lease) {

    public OutboxProperties {
        requirePositive("poll-interval", pollInterval);
        requirePositive("initial-backoff", initialBackoff);
        requirePositive("max-backoff", maxBackoff);
        requirePositive("lease", lease);
    }

    private static void requirePositive(String name, Duration d) {
        if (d != null && (d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("jifen.outbox." + name + " must be positive, not " + d);
        }
    }
}
