package cn.jifending.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date of the published arrangement.
 *
 * @param date the date
 * @param kind holiday or adjusted working day
 * @param name the holiday it belongs to, as published (e.g. 国庆节)
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank() || name.length() > 32) {
            throw new IllegalArgumentException("A calendar day needs a name of 1 to 32 characters: " + date);
        }
        name = name.strip();
    }
}
