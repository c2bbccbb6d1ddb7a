package cn.jifending.calendar.internal;

import cn.jifending.calendar.WorkingDays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/** {@link WorkingDays} over a per-year loader, each year cached in memory for a while. */
final class CachedWorkingDays implements WorkingDays {

    private final IntFunction<YearCalendar> loader;
    private final Clock clock;
    private final Duration ttl;
    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

    CachedWorkingDays(IntFunction<YearCalendar> loader, Clock clock, Duration ttl) {
        this.loader = loader;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date);
    }

    @Override
    public boolean hasDataFor(int year) {
        return year(year).covered();
    }

    /** Forgets the cached year so the next question reloads it. */
    void invalidate(int year) {
        cache.remove(year);
    }

    private YearCalendar year(int year) {
        Instant now = clock.instant();
        Cached cached = cache.get(year);
        if (cached == null || !now.isBefore(cached.loadedAt().plus(ttl))) {
            cached = new Cached(loader.apply(year), now);
            cache.put(year, cached);
        }
        return cached.calendar();
    }

    private record Cached(YearCalendar calendar, Instant loadedAt) {
    }
}
