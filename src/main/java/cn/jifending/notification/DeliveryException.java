package cn.jifending.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed delivery or download; {@link #retryable()} tells the outbox whether to try again, and
 * {@link #retryAfter()} how long the channel asked to wait at least (e.g. a rate limit), if it did.
 */
public class DeliveryException extends Exception {

    private final boolean retryable;
    private final Duration retryAfter;

    public DeliveryException(String message, boolean retryable, Throwable cause) {
        this(message, retryable, null, cause);
    }

    public DeliveryException(String message, boolean retryable) {
        this(message, retryable, null, null);
    }

    /** A retryable failure after which the channel should not be called again for {@code retryAfter}. */
    public DeliveryException(String message, Duration retryAfter, Throwable cause) {
        this(message, true, retryAfter, cause);
    }

    private DeliveryException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter == null || retryAfter.isNegative() || retryAfter.isZero() ? null : retryAfter;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The least wait before the next try the channel asked for; empty when it did not say. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
