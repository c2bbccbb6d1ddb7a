package cn.jifending.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MariaDbTestBase;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The calendar as the application has it: seeded by V40 on a real server, extended by the admin API. */
class WorkingDaysOnMariaDbTests extends MariaDbTestBase {

    @Autowired
    WorkingDays workingDays;

    @Autowired
    CalendarAdmin admin;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} working={1} ({2})")
    @MethodSource("cn.jifending.calendar.WorkingDayCases#days")
    void seededWorkingDays(String date, boolean working, String why) {
        assertThat(workingDays.isWorkingDay(LocalDate.parse(date))).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "opened {0}, {1} days: {2}..{3}")
    @MethodSource("cn.jifending.calendar.WorkingDayCases#windows")
    void seededPublicityWindows(String openedOn, int days, String first, String last) {
        assertThat(workingDays.publicityWindow(LocalDate.parse(openedOn), days))
                .isEqualTo(new PublicityWindow(LocalDate.parse(first), LocalDate.parse(last), false));
    }

    @Test
    void theSeedOf2025And2026IsExactlyThePublishedArrangement() {
        List<CalendarDay> seeded = jdbc.query(
                "SELECT calendar_date, kind, name FROM calendar_day WHERE calendar_date BETWEEN ? AND ? ORDER BY calendar_date",
                (rs, i) -> new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)), rs.getString(3)),
                Date.valueOf("2025-01-01"), Date.valueOf("2026-12-31"));
        assertThat(seeded).containsExactlyInAnyOrderElementsOf(WorkingDayCases.published2025And2026());
    }

    @Test
    void seededYearsAreKnownOthersFallBack() {
        assertThat(workingDays.hasDataFor(2002)).isTrue();
        assertThat(workingDays.hasDataFor(2021)).isTrue();
        assertThat(workingDays.hasDataFor(2026)).isTrue();
        assertThat(workingDays.hasDataFor(2001)).as("only two adjusted days of the 2002 New Year").isFalse();
        assertThat(workingDays.hasDataFor(2040)).isFalse();
        // 2040-01-01 is a Sunday, 2040-01-02 a Monday: Monday-Friday without data
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2040-01-02"))).isTrue();
        assertThat(workingDays.publicityWindow(LocalDate.parse("2040-09-28"), 5).fallbackYears()).isTrue();
    }

    @Test
    void theAdminAddsAYearAndTheCalendarSeesItAtOnce() {
        // 2041-10-01 is a Tuesday, 2041-09-29 a Sunday; the arrangement is made up for the test
        LocalDate nationalDay = LocalDate.parse("2041-10-01");
        assertThat(workingDays.hasDataFor(2041)).isFalse();
        assertThat(workingDays.isWorkingDay(nationalDay)).isTrue();

        int added = admin.addDays(2041, List.of(
                new CalendarDay(LocalDate.parse("2041-09-29"), DayKind.ADJUSTED_WORKDAY, "国庆节"),
                new CalendarDay(nationalDay, DayKind.HOLIDAY, "国庆节"),
                new CalendarDay(nationalDay.plusDays(1), DayKind.HOLIDAY, "国庆节")), "test notice");

        assertThat(added).isEqualTo(3);
        assertThat(workingDays.hasDataFor(2041)).isTrue();
        assertThat(workingDays.isWorkingDay(nationalDay)).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2041-09-29"))).isTrue();
        // Friday 9/27 -> 9/29 (Sun, worked), 9/30, [10/1-10/2 off], 10/3
        assertThat(workingDays.publicityWindow(LocalDate.parse("2041-09-27"), 3))
                .isEqualTo(new PublicityWindow(LocalDate.parse("2041-09-29"), LocalDate.parse("2041-10-03"), false));

        assertThat(admin.addDays(2041, List.of(new CalendarDay(nationalDay, DayKind.HOLIDAY, "国庆节")), "again"))
                .as("adding a known day again changes nothing").isZero();
    }

    @Test
    void aConflictingDayRefusesTheWholeCall() {
        // 2042-01-01 is a Wednesday; 2026-10-01 belongs to another year's calendar
        assertThatThrownBy(() -> admin.addDays(2042, List.of(
                new CalendarDay(LocalDate.parse("2042-01-01"), DayKind.HOLIDAY, "元旦"),
                new CalendarDay(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, "国庆节")), "test"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> admin.addDays(2042, List.of(
                new CalendarDay(LocalDate.parse("2042-01-01"), DayKind.HOLIDAY, "元旦"),
                new CalendarDay(LocalDate.parse("2042-01-01"), DayKind.HOLIDAY, "元旦")), "test"))
                .as("a date listed twice").isInstanceOf(IllegalArgumentException.class);

        // 2044: the conflict is found only after the first day was inserted; the transaction undoes it
        admin.addDays(2044, List.of(new CalendarDay(LocalDate.parse("2044-01-01"), DayKind.HOLIDAY, "元旦")), "test");
        assertThatThrownBy(() -> admin.addDays(2044, List.of(
                new CalendarDay(LocalDate.parse("2044-02-01"), DayKind.HOLIDAY, "春节"),
                new CalendarDay(LocalDate.parse("2044-01-01"), DayKind.ADJUSTED_WORKDAY, "元旦")), "test"))
                .isInstanceOf(IllegalArgumentException.class);
        Integer feb = jdbc.queryForObject(
                "SELECT COUNT(*) FROM calendar_day WHERE calendar_date = ?", Integer.class, Date.valueOf("2044-02-01"));
        assertThat(feb).isZero();
        assertThat(workingDays.hasDataFor(2042)).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2044-02-01"))).isTrue();
    }
}
