package cn.jifending.bot.internal;

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
 * {@code jifen.bot.inbound.*}: how the gateway retries an event whose transaction failed
 * transiently (deadlock, lock wait timeout, serialization failure).
 *
 * @param maxAttempts    tries of the whole transaction before the channel is told to redeliver
 * @param initialBackoff pause after the first failed try; doubles each try
 * @param maxBackoff     cap of the pause
 * @param jitter         fraction of the pause randomized away (0 = none, 0.5 = pause in [d/2, d])
 */
@Validated
@ConfigurationProperties("jifen.bot.inbound")
public record InboundProperties(
        @Min(1) @Max(50) @DefaultValue("5") int maxAttempts,
        @NotNull @DefaultValue("20ms") Duration initialBackoff,
        @NotNull @DefaultValue("500ms") Duration maxBackoff,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double jitter) {

    public InboundProperties {
        if (initialBackoff != null && initialBackoff.isNegative()) {
            throw new IllegalArgumentException("jifen.bot.inbound.initial-backoff must not be negative");
        }
        if (maxBackoff != null && initialBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("jifen.bot.inbound.max-backoff must be at least initial-backoff");
        }
    }
}
