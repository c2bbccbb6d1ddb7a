package cn.jifending.calendar.internal;

import cn.jifending.calendar.CalendarDay;
import cn.jifending.calendar.DayKind;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The tables {@code calendar_day} and {@code calendar_year}. */
@Component
class CalendarStore {

    private final CalendarDayMapper days;
    private final CalendarYearMapper years;

    CalendarStore(CalendarDayMapper days, CalendarYearMapper years) {
        this.days = days;
        this.years = years;
    }

    YearCalendar loadYear(int year) {
        List<CalendarDay> inYear = daysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return YearCalendar.of(year, covered(year), inYear);
    }

    List<CalendarDay> daysBetween(LocalDate from, LocalDate to) {
        return days.selectList(Wrappers.lambdaQuery(CalendarDayRow.class)
                        .between(CalendarDayRow::getCalendarDate, from, to).orderByAsc(CalendarDayRow::getCalendarDate))
                .stream().map(CalendarStore::day).toList();
    }

    Optional<CalendarDay> findForUpdate(LocalDate date) {
        return Optional.ofNullable(days.selectOne(Wrappers.lambdaQuery(CalendarDayRow.class)
                .eq(CalendarDayRow::getCalendarDate, date).last("FOR UPDATE"))).map(CalendarStore::day);
    }

    void insert(CalendarDay day) {
        days.insert(new CalendarDayRow().setCalendarDate(day.date()).setKind(day.kind().name()).setName(day.name()));
    }

    /** Marks the year as known; false if it already was. */
    boolean markCovered(int year, String source, LocalDateTime at) {
        if (covered(year)) {
            return false;
        }
        years.insert(new CalendarYearRow().setCoveredYear(year).setSource(source).setAddedAt(at));
        return true;
    }

    private boolean covered(int year) {
        return years.selectCount(Wrappers.lambdaQuery(CalendarYearRow.class).eq(CalendarYearRow::getCoveredYear, year)) > 0;
    }

    private static CalendarDay day(CalendarDayRow r) {
        return new CalendarDay(r.getCalendarDate(), DayKind.valueOf(r.getKind()), r.getName());
    }
}
