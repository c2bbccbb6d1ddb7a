package cn.jifending.notification.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param workers         sender threads of this instance: a slow call holds only its own worker
 * @param groupUsers      most users one grouped send of identical one-to-one texts may carry
 *                        (DingTalk's batchSend takes 20); 1 turns grouping off
 * @param claim           how rows are claimed: {@code auto} (detect {@code SKIP LOCKED} once),
 *                        {@code skip-locked}, or {@code conditional-update} (one row per statement)
 */
@Validated
@ConfigurationProperties("jifen.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean dispatchEnabled,
        @NotNull @DefaultValue("1s") Duration pollInterval,
        @Min(1) @Max(500) @DefaultValue("100") int batchSize,
        @Min(1) @Max(100) @DefaultValue("10") int maxAttempts,
        @NotNull @DefaultValue("2s") Duration initialBackoff,
        @NotNull @DefaultValue("30m") Duration maxBackoff,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double jitter,
        @NotNull @DefaultValue("2m") Duration lease,
        @Min(1) @Max(64) @DefaultValue("4") int workers,
        @Min(1) @Max(20) @DefaultValue("20") int groupUsers,
        @NotNull @DefaultValue("auto") ClaimMode claim) {

    @ConstructorBinding
    public OutboxProperties {
        requirePositive("poll-interval", pollInterval);
        requirePositive("initial-backoff", initialBackoff);
        requirePositive("max-backoff", maxBackoff);
        requirePositive("lease", lease);
        claim = claim == null ? ClaimMode.AUTO : claim;
    }

    /** The defaults for everything added after the first eight settings (tests, older callers). */
    public OutboxProperties(boolean dispatchEnabled, Duration pollInterval, int batchSize, int maxAttempts,
                            Duration initialBackoff, Duration maxBackoff, double jitter, Duration lease) {
        this(dispatchEnabled, pollInterval, batchSize, maxAttempts, initialBackoff, maxBackoff, jitter, lease, 4, 20,
                ClaimMode.AUTO);
    }

    OutboxProperties withClaim(ClaimMode mode) {
        return new OutboxProperties(dispatchEnabled, pollInterval, batchSize, maxAttempts, initialBackoff, maxBackoff,
                jitter, lease, workers, groupUsers, mode);
    }

    private static void requirePositive(String name, Duration d) {
        if (d != null && (d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("jifen.outbox." + name + " must be positive, not " + d);
        }
    }

    /** How a dispatcher claims due rows. */
    public enum ClaimMode { AUTO, SKIP_LOCKED, CONDITIONAL_UPDATE }
}
