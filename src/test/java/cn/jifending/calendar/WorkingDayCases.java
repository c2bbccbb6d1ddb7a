package cn.jifending.calendar;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The hand-checked tables shared by the list-fed and the database-backed calendar tests, taken
 * from the State Council's published arrangements for 2025 and 2026.
 */
public final class WorkingDayCases {

    private WorkingDayCases() {
    }

    /** date, working?, why. */
    public static Stream<Arguments> days() {
        return Stream.of(
                // 2025 Spring Festival: 1/28-2/4 off, Sun 1/26 and Sat 2/8 worked
                arguments("2025-01-25", false, "Saturday"),
                arguments("2025-01-26", true, "Sunday worked for Spring Festival"),
                arguments("2025-01-27", true, "Monday"),
                arguments("2025-01-28", false, "Spring Festival eve"),
                arguments("2025-01-31", false, "Spring Festival, Friday"),
                arguments("2025-02-04", false, "Spring Festival, Tuesday"),
                arguments("2025-02-05", true, "first day back"),
                arguments("2025-02-08", true, "Saturday worked for Spring Festival"),
                arguments("2025-02-09", false, "Sunday"),
                // 2025 National Day and Mid-Autumn: 10/1-10/8 off, Sun 9/28 and Sat 10/11 worked
                arguments("2025-09-26", true, "Friday"),
                arguments("2025-09-27", false, "Saturday"),
                arguments("2025-09-28", true, "Sunday worked for National Day"),
                arguments("2025-09-30", true, "Tuesday"),
                arguments("2025-10-01", false, "National Day"),
                arguments("2025-10-03", false, "National Day holiday, Friday"),
                arguments("2025-10-06", false, "Mid-Autumn, Monday"),
                arguments("2025-10-08", false, "National Day holiday, Wednesday"),
                arguments("2025-10-09", true, "first day back"),
                arguments("2025-10-10", true, "Friday"),
                arguments("2025-10-11", true, "Saturday worked for National Day"),
                arguments("2025-10-12", false, "Sunday"),
                // 2026 Spring Festival: 2/15-2/23 off, Sat 2/14 and Sat 2/28 worked
                arguments("2026-02-13", true, "Friday"),
                arguments("2026-02-14", true, "Saturday worked for Spring Festival"),
                arguments("2026-02-15", false, "Spring Festival, Sunday"),
                arguments("2026-02-16", false, "Spring Festival, Monday"),
                arguments("2026-02-20", false, "Spring Festival, Friday"),
                arguments("2026-02-23", false, "Spring Festival, Monday"),
                arguments("2026-02-24", true, "first day back"),
                arguments("2026-02-28", true, "Saturday worked for Spring Festival"),
                arguments("2026-03-01", false, "Sunday"),
                // 2026 Mid-Autumn 9/25-9/27 and National Day 10/1-10/7, Sun 9/20 and Sat 10/10 worked
                arguments("2026-09-19", false, "Saturday"),
                arguments("2026-09-20", true, "Sunday worked for National Day"),
                arguments("2026-09-25", false, "Mid-Autumn, Friday"),
                arguments("2026-09-28", true, "Monday"),
                arguments("2026-10-01", false, "National Day"),
                arguments("2026-10-02", false, "National Day holiday, Friday"),
                arguments("2026-10-05", false, "National Day holiday, Monday"),
                arguments("2026-10-07", false, "National Day holiday, Wednesday"),
                arguments("2026-10-08", true, "first day back"),
                arguments("2026-10-10", true, "Saturday worked for National Day"),
                arguments("2026-10-11", false, "Sunday"),
                // ordinary weeks
                arguments("2026-11-24", true, "Tuesday"),
                arguments("2026-11-28", false, "Saturday"));
    }

    /** opened on, working days, first day, last day (counted by hand in the comment). */
    public static Stream<Arguments> windows() {
        return Stream.of(
                // Friday before National Day 2025: 9/28 (Sun, worked), 9/29, 9/30, [10/1-10/8 off], 10/9, 10/10
                arguments("2025-09-26", 5, "2025-09-28", "2025-10-10"),
                // Friday before National Day 2026 is Mid-Autumn itself: 9/28, 9/29, 9/30, [10/1-10/7 off], 10/8, 10/9
                arguments("2026-09-25", 5, "2026-09-28", "2026-10-09"),
                // the Friday before that: 9/20 (Sun, worked), 9/21, 9/22, 9/23, 9/24
                arguments("2026-09-18", 5, "2026-09-20", "2026-09-24"),
                // Friday before Spring Festival 2025: 1/26 (Sun, worked), 1/27, [1/28-2/4 off], 2/5, 2/6, 2/7
                arguments("2025-01-24", 5, "2025-01-26", "2025-02-07"),
                // Friday before Spring Festival 2026: 2/14 (Sat, worked), [2/15-2/23 off], 2/24, 2/25, 2/26, 2/27
                arguments("2026-02-13", 5, "2026-02-14", "2026-02-27"),
                // opened on the Saturday worked for National Day 2025: 10/13, 10/14, 10/15, 10/16, 10/17
                arguments("2025-10-11", 5, "2025-10-13", "2025-10-17"),
                // an ordinary week: 11/25, 11/26, 11/27, 11/30, 12/1
                arguments("2026-11-24", 5, "2026-11-25", "2026-12-01"),
                // a one-day window opened on the last day before National Day 2025
                arguments("2025-09-30", 1, "2025-10-09", "2025-10-09"));
    }

    /** The published 2025 and 2026 arrangements, typed from the State Council notices. */
    public static List<CalendarDay> published2025And2026() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "元旦", "2025-01-01", "2025-01-01");
        work(days, "春节", "2025-01-26");
        holidays(days, "春节", "2025-01-28", "2025-02-04");
        work(days, "春节", "2025-02-08");
        holidays(days, "清明节", "2025-04-04", "2025-04-06");
        work(days, "劳动节", "2025-04-27");
        holidays(days, "劳动节", "2025-05-01", "2025-05-05");
        holidays(days, "端午节", "2025-05-31", "2025-06-02");
        work(days, "国庆中秋", "2025-09-28");
        holidays(days, "国庆中秋", "2025-10-01", "2025-10-08");
        work(days, "国庆中秋", "2025-10-11");
        holidays(days, "元旦", "2026-01-01", "2026-01-03");
        work(days, "元旦", "2026-01-04");
        work(days, "春节", "2026-02-14");
        holidays(days, "春节", "2026-02-15", "2026-02-23");
        work(days, "春节", "2026-02-28");
        holidays(days, "清明节", "2026-04-04", "2026-04-06");
        holidays(days, "劳动节", "2026-05-01", "2026-05-05");
        work(days, "劳动节", "2026-05-09");
        holidays(days, "端午节", "2026-06-19", "2026-06-21");
        work(days, "国庆节", "2026-09-20");
        holidays(days, "中秋节", "2026-09-25", "2026-09-27");
        holidays(days, "国庆节", "2026-10-01", "2026-10-07");
        work(days, "国庆节", "2026-10-10");
        return days;
    }

    private static void holidays(List<CalendarDay> days, String name, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, DayKind.HOLIDAY, name));
        }
    }

    private static void work(List<CalendarDay> days, String name, String date) {
        days.add(new CalendarDay(LocalDate.parse(date), DayKind.ADJUSTED_WORKDAY, name));
    }
}
