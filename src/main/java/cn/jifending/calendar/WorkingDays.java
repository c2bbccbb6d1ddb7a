package cn.jifending.calendar;

import java.time.LocalDate;

/**
 * The mainland working-day calendar: a date is a working day when it is an adjusted working day
 * (调休), or a Monday to Friday that is not a statutory holiday. Years without published data fall
 * back to plain Monday–Friday; {@link #hasDataFor} tells callers (e.g. a job that warns the
 * committee admin) whether that happened.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /** Whether the published arrangement of {@code year} is known; false means Monday–Friday is assumed. */
    boolean hasDataFor(int year);

    /** The first working day strictly after {@code date}. */
    default LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day strictly before {@code date}. */
    default LocalDate previousWorkingDay(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * The {@code n}-th working day after {@code start} ({@code n} &lt; 0: before it); {@code start}
     * itself is not counted, and {@code n == 0} returns {@code start} unchanged.
     */
    default LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        for (int i = 0; i < Math.abs(n); i++) {
            d = n > 0 ? nextWorkingDay(d) : previousWorkingDay(d);
        }
        return d;
    }

    /**
     * The window of a 公示 opened on {@code openedOn} lasting {@code days} working days: it starts
     * the working day after it is opened (the 公示 window: src/docs/modules.md, publicity).
     */
    default PublicityWindow publicityWindow(LocalDate openedOn, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A publicity window lasts at least one working day: " + days);
        }
        LocalDate first = nextWorkingDay(openedOn);
        LocalDate last = addWorkingDays(first, days - 1);
        boolean fallback = false;
        for (int year = openedOn.getYear(); year <= last.getYear(); year++) {
            fallback |= !hasDataFor(year);
        }
        return new PublicityWindow(first, last, fallback);
    }
}
