package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkPacingProperties;
import cn.jifending.notification.DeliveryException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Paces the calls of this instance per DingTalk API: at most {@code jifen.dingtalk.pacing.calls-per-second}
 * (or the API's own {@code per-api} value) in any {@link #WINDOW}, evenly spaced, shared by every thread
 * that calls DingTalk. A caller whose slot is not due yet sleeps until it is. The window is 20 % longer
 * than DingTalk's second because requests reach DingTalk with jitter: spaced at exactly 1/20 s, 21 of
 * them land within one second often enough to be throttled (see {@code MonthlyReminderPacingBenchmark}).
 * A refused call {@link #backOff backs off} alone; when DingTalk refuses an API for longer (flow control
 * by IP), {@link #pause} holds every caller of that API back.
 */
final class ApiRateLimiter {

    /** The span in which at most {@code calls-per-second} calls of one API start. */
    static final Duration WINDOW = Duration.ofMillis(1_200);

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

    /** The calling thread alone waits {@code duration} (a refused call before its next try). */
    void backOff(String api, Duration duration) throws DeliveryException {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DingTalkCallException(api + " interrupted while backing off", FailureKind.TRANSIENT, e);
        }
    }

    /** No call of the API starts before {@code duration} from now (DingTalk refuses it for that long). */
    void pause(String api, Duration duration) {
        lane(api).pauseUntil(nanoTime.getAsLong() + duration.toNanos());
    }

    private Lane lane(String api) {
        return lanes.computeIfAbsent(api, a -> new Lane(WINDOW.toNanos() / pacing.callsPerSecond(a)));
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
