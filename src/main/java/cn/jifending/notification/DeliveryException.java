package cn.jifending.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed delivery or download; {@link #retryable()} tells the outbox whether to try again, and
 * {@link #retryAfter()} (when present) the earliest moment a retry makes sense: the channel said it is
 * throttled or its quota is used up, so retrying sooner would only fail again.
 */
public class DeliveryException extends Exception {

    private final boolean retryable;
    private final Duration retryAfter;

    public DeliveryException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter == null || retryAfter.isNegative() || retryAfter.isZero() ? null : retryAfter;
    }

    public DeliveryException(String message, boolean retryable, Throwable cause) {
        this(message, retryable, null, cause);
    }

    public DeliveryException(String message, boolean retryable) {
        this(message, retryable, null, null);
    }

    public boolean retryable() {
        return retryable;
    }

    /** How long to wait at least before the next attempt; empty = the outbox's own backoff. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
