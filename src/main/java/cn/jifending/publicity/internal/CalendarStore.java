package cn.jifending.publicity.internal;

import cn.jifending.publicity.CalendarDay;
import cn.jifending.publicity.DayKind;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The tables {@code calendar_day} and {@code calendar_year}. */
@Component
class CalendarStore {

    private final JdbcTemplate jdbc;

    CalendarStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    YearCalendar loadYear(int year) {
        List<CalendarDay> days = daysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Integer covered = jdbc.queryForObject(
                "SELECT COUNT(*) FROM calendar_year WHERE covered_year = ?", Integer.class, year);
        return YearCalendar.of(year, covered != null && covered > 0, days);
    }

    List<CalendarDay> daysBetween(LocalDate from, LocalDate to) {
        return jdbc.query(
                "SELECT calendar_date, kind, name FROM calendar_day WHERE calendar_date BETWEEN ? AND ? ORDER BY calendar_date",
                (rs, i) -> new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)), rs.getString(3)),
                Date.valueOf(from), Date.valueOf(to));
    }

    Optional<CalendarDay> findForUpdate(LocalDate date) {
        return jdbc.query(
                "SELECT calendar_date, kind, name FROM calendar_day WHERE calendar_date = ? FOR UPDATE",
                (rs, i) -> new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)), rs.getString(3)),
                Date.valueOf(date)).stream().findFirst();
    }

    void insert(CalendarDay day) {
        jdbc.update("INSERT INTO calendar_day (calendar_date, kind, name) VALUES (?, ?, ?)",
                Date.valueOf(day.date()), day.kind().name(), day.name());
    }

    /** Marks the year as known; false if it already was. */
    boolean markCovered(int year, String source, LocalDateTime at) {
        Integer present = jdbc.queryForObject(
                "SELECT COUNT(*) FROM calendar_year WHERE covered_year = ?", Integer.class, year);
        if (present != null && present > 0) {
            return false;
        }
        jdbc.update("INSERT INTO calendar_year (covered_year, source, added_at) VALUES (?, ?, ?)",
                year, source, Timestamp.valueOf(at));
        return true;
    }
}
