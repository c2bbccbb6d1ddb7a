package cn.jifending.pages.internal;

import java.time.LocalDate;

/** The {@code ?year=} of a page: this year when absent; 2000 up to next year accepted. */
final class Years {

    private Years() {
    }

    static int checked(Integer year, LocalDate today) {
        if (year == null) {
            return today.getYear();
        }
        if (year < 2000 || year > today.getYear() + 1) {
            throw new IllegalArgumentException("year " + year);
        }
        return year;
    }
}
