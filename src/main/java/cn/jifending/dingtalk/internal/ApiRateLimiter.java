package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkPacingProperties;
import cn.jifending.notification.DeliveryException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Paces the calls of this instance per DingTalk API: at most {@code jifen.dingtalk.pacing.calls-per-second}
 * (or the API's own {@code per-api} value) a second, evenly spaced, shared by every thread that calls
 * DingTalk. A caller whose slot is not due yet sleeps until it is. When DingTalk says an API is throttled,
 * {@link #pause} holds every caller of that API back for the given time.
 */
final class ApiRateLimiter {

    /** Sleeps; replaced in tests. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final DingTalkPacingProperties pacing;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final ConcurrentMap<String, Lane> lanes = new ConcurrentHashMap<>();

    ApiRateLimiter(DingTalkPacingProperties pacing, LongSupplier nanoTime, Sleeper sleeper) {
        this.pacing = pacing;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    ApiRateLimiter(DingTalkPacingProperties pacing) {
        this(pacing, System::nanoTime, duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000));
    }

    /** Waits for the API's next free slot. */
    void acquire(String api) throws DeliveryException {
        long wait = lane(api).reserve(nanoTime.getAsLong());
        if (wait <= 0) {
            return;
        }
        try {
            sleeper.sleep(Duration.ofNanos(wait));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DingTalkCallException(api + " interrupted while waiting for its turn", FailureKind.TRANSIENT, e);
        }
    }

    /** No call of the API starts before {@code duration} from now. */
    void pause(String api, Duration duration) {
        lane(api).pauseUntil(nanoTime.getAsLong() + duration.toNanos());
    }

    private Lane lane(String api) {
        return lanes.computeIfAbsent(api, a -> new Lane(1_000_000_000L / pacing.callsPerSecond(a)));
    }

    /** One API's schedule: the earliest moment the next call may start. */
    private static final class Lane {

        private final long intervalNanos;
        private long next = Long.MIN_VALUE;

        Lane(long intervalNanos) {
            this.intervalNanos = intervalNanos;
        }

        /** Reserves the next slot and returns how long the caller must wait for it. */
        synchronized long reserve(long now) {
            long slot = next == Long.MIN_VALUE || next - now < 0 ? now : next;
            next = slot + intervalNanos;
            return slot - now;
        }

        synchronized void pauseUntil(long until) {
            if (next == Long.MIN_VALUE || until - next > 0) {
                next = until;
            }
        }
    }
}
