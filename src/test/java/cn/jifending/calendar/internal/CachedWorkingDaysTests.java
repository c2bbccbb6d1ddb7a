package cn.jifending.calendar.internal;

import cn.jifending.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.calendar.CalendarDay;
import cn.jifending.calendar.DayKind;
import cn.jifending.calendar.PublicityWindow;
import cn.jifending.calendar.WorkingDayCases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The calendar's rules on a list-fed calendar (the published 2025 and 2026 arrangements). */
class CachedWorkingDaysTests {

    private final List<CalendarDay> published = new ArrayList<>(WorkingDayCases.published2025And2026());
    private final Set<Integer> covered = new java.util.HashSet<>(Set.of(2025, 2026));
    private final AtomicInteger loads = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"));
    private final CachedWorkingDays calendar = new CachedWorkingDays(year -> {
        loads.incrementAndGet();
        return YearCalendar.of(year, covered.contains(year), published);
    }, clock, Duration.ofMinutes(10));

    @ParameterizedTest(name = "{0} working={1} ({2})")
    @MethodSource("cn.jifending.calendar.WorkingDayCases#days")
    void workingDaysAcrossHolidaysAndAdjustedWorkdays(String date, boolean working, String why) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(date))).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "opened {0}, {1} days: {2}..{3}")
    @MethodSource("cn.jifending.calendar.WorkingDayCases#windows")
    void publicityWindows(String openedOn, int days, String first, String last) {
        PublicityWindow window = calendar.publicityWindow(LocalDate.parse(openedOn), days);
        assertThat(window).isEqualTo(new PublicityWindow(LocalDate.parse(first), LocalDate.parse(last), false));
    }

    @Test
    void addingAndSubtractingWorkingDays() {
        LocalDate beforeNationalDay = LocalDate.parse("2025-09-30");
        assertThat(calendar.addWorkingDays(beforeNationalDay, 0)).isEqualTo(beforeNationalDay);
        assertThat(calendar.addWorkingDays(beforeNationalDay, 1)).isEqualTo(LocalDate.parse("2025-10-09"));
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-10-09"), -1)).isEqualTo(beforeNationalDay);
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-10-09"), -3)).isEqualTo(LocalDate.parse("2025-09-28"));
        assertThat(calendar.nextWorkingDay(LocalDate.parse("2026-02-14"))).isEqualTo(LocalDate.parse("2026-02-24"));
        assertThat(calendar.previousWorkingDay(LocalDate.parse("2026-02-24"))).isEqualTo(LocalDate.parse("2026-02-14"));
    }

    @Test
    void aYearWithoutDataFallsBackToMondayToFridayAndSaysSo() {
        assertThat(calendar.hasDataFor(2026)).isTrue();
        assertThat(calendar.hasDataFor(2027)).isFalse();
        // 2027-01-01 is a Friday: a holiday in reality, but unknown here
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).isFalse();
        // 12/30, 12/31, 1/1 (assumed working), 1/4, 1/5
        PublicityWindow window = calendar.publicityWindow(LocalDate.parse("2026-12-29"), 5);
        assertThat(window).isEqualTo(new PublicityWindow(
                LocalDate.parse("2026-12-30"), LocalDate.parse("2027-01-05"), true));
    }

    @Test
    void aWindowLastsAtLeastOneDay() {
        assertThatThrownBy(() -> calendar.publicityWindow(LocalDate.parse("2026-11-24"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachYearIsLoadedOnceUntilInvalidatedOrExpired() {
        calendar.isWorkingDay(LocalDate.parse("2026-10-01"));
        calendar.isWorkingDay(LocalDate.parse("2026-10-02"));
        calendar.hasDataFor(2026);
        assertThat(loads).hasValue(1);

        assertThat(calendar.hasDataFor(2027)).isFalse();
        assertThat(loads).hasValue(2);
        published.add(new CalendarDay(LocalDate.parse("2027-01-01"), DayKind.HOLIDAY, "元旦"));
        covered.add(2027);
        assertThat(calendar.hasDataFor(2027)).as("still cached").isFalse();
        assertThat(loads).hasValue(2);
        calendar.invalidate(2027);
        assertThat(calendar.hasDataFor(2027)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(loads).hasValue(3);

        clock.advance(Duration.ofMinutes(9));
        calendar.isWorkingDay(LocalDate.parse("2026-10-01"));
        assertThat(loads).hasValue(3);
        clock.advance(Duration.ofMinutes(1));
        calendar.isWorkingDay(LocalDate.parse("2026-10-01"));
        assertThat(loads).as("expired after the TTL").hasValue(4);
    }
}
