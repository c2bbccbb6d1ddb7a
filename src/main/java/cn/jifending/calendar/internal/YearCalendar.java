package cn.jifending.calendar.internal;

import cn.jifending.calendar.CalendarDay;
import cn.jifending.calendar.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** One year of the calendar: its published days, and whether the year's arrangement is known at all. */
record YearCalendar(int year, boolean covered, Map<LocalDate, DayKind> days) {

    YearCalendar {
        days = Map.copyOf(days);
    }

    static YearCalendar of(int year, boolean covered, Collection<CalendarDay> days) {
        Map<LocalDate, DayKind> byDate = new HashMap<>();
        for (CalendarDay day : days) {
            if (day.date().getYear() == year) {
                byDate.put(day.date(), day.kind());
            }
        }
        return new YearCalendar(year, covered, byDate);
    }

    boolean isWorkingDay(LocalDate date) {
        DayKind kind = days.get(date);
        if (kind != null) {
            return kind == DayKind.ADJUSTED_WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}
