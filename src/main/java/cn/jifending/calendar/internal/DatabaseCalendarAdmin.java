package cn.jifending.calendar.internal;

import cn.jifending.calendar.CalendarAdmin;
import cn.jifending.calendar.CalendarDay;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Component
class DatabaseCalendarAdmin implements CalendarAdmin {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CalendarStore store;
    private final CachedWorkingDays workingDays;
    private final Clock clock;

    DatabaseCalendarAdmin(CalendarStore store, CachedWorkingDays workingDays, Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int addDays(int year, List<CalendarDay> days, String source) {
        if (source == null || source.isBlank() || source.length() > 64) {
            throw new IllegalArgumentException("Name the source of the calendar (1 to 64 characters)");
        }
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Set<Integer> touched = new TreeSet<>(List.of(year));
        Set<LocalDate> seen = new TreeSet<>();
        for (CalendarDay day : days) {
            if (day.date().isBefore(from) || day.date().isAfter(to)) {
                throw new IllegalArgumentException(day.date() + " is not part of the " + year + " calendar");
            }
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException(day.date() + " is listed twice");
            }
        }
        int added = 0;
        for (CalendarDay day : days) {
            Optional<CalendarDay> existing = store.findForUpdate(day.date());
            if (existing.isEmpty()) {
                store.insert(day);
                touched.add(day.date().getYear());
                added++;
            } else if (existing.get().kind() != day.kind()) {
                throw new IllegalArgumentException(day.date() + " is already a " + existing.get().kind()
                        + ", not a " + day.kind());
            }
        }
        store.markCovered(year, source.strip(), LocalDateTime.ofInstant(clock.instant(), SHANGHAI));
        invalidateAfterCommit(touched);
        return added;
    }

    private void invalidateAfterCommit(Set<Integer> years) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                years.forEach(workingDays::invalidate);
            }
        });
    }
}
