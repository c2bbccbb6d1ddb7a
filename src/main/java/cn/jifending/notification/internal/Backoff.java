package cn.jifending.notification.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after try {@code n} (1-based) the nominal delay is
 * {@code initial * 2^(n-1)} capped at {@code max}; the actual delay is uniformly drawn from
 * {@code [nominal * (1 - jitter), nominal]}.
 */
record Backoff(Duration initial, Duration max, double jitter, DoubleSupplier random) {

    Duration nominal(int attempt) {
        long initialMs = initial.toMillis();
        long maxMs = max.toMillis();
        int shift = Math.min(Math.max(attempt - 1, 0), 40);
        long ms = initialMs > (maxMs >> shift) ? maxMs : Math.min(maxMs, initialMs << shift);
        return Duration.ofMillis(ms);
    }

    Duration delay(int attempt) {
        long nominalMs = nominal(attempt).toMillis();
        long jitterMs = (long) (nominalMs * jitter * random.getAsDouble());
        return Duration.ofMillis(nominalMs - jitterMs);
    }
}
