package cn.jifending.calendar;

import java.time.LocalDate;

/**
 * The working days a 公示 runs: it opens on {@code firstDay} and closes at the end of {@code lastDay}.
 *
 * @param firstDay       the first working day after the day it was opened on
 * @param lastDay        its last working day
 * @param fallbackYears  true when a year the window touches has no published calendar, so
 *                       Monday–Friday was assumed
 */
public record PublicityWindow(LocalDate firstDay, LocalDate lastDay, boolean fallbackYears) {

    /** Whether {@code date} lies within the window (both ends included). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
