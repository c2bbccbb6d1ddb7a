package cn.jifending.demo.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The application's clock, except on a thread replaying a moment of the demo year: there it tells
 * that moment, so every module stamps the step (submitted, decided, opened, signed, posted, closed)
 * with its day in the story. Other threads (the scheduler, the outbox dispatcher, web requests) always
 * see the application's clock. The replayed moment is shared by every wrapped clock of the thread.
 */
final class ReplayClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    private final Clock base;

    ReplayClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** Runs {@code step} on this thread with every replay clock telling {@code moment} (in this clock's zone). */
    void at(LocalDateTime moment, Runnable step) {
        Instant before = REPLAYED.get();
        REPLAYED.set(moment.atZone(getZone()).toInstant());
        try {
            step.run();
        } finally {
            if (before == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(before);
            }
        }
    }

    /** The application's time, never the replayed one: what "now" is for the story. */
    LocalDateTime realNow() {
        return LocalDateTime.ofInstant(base.instant(), getZone());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new ReplayClock(base.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : base.instant();
    }
}
