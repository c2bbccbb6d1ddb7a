package cn.jifending.bot.internal;

import cn.jifending.bot.InputProblem;
import cn.jifending.bot.Reading;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days as people type them, absolute or relative to today: 2026-11-03, 2026/11/3, 2026.11.3,
 * 2026年11月3日, 11月3日, 11月3号, 11.3, 11/3, 今天, 昨天, 前天, 大前天, 周三, 上周三, 本周一, 上上周五.
 * A day without a year is in this year, or in last year when this year's would be more than a
 * month ahead (a December deed named in January). Reads a day an impossible calendar day
 * (2月30日) as a problem, never as another day.
 */
public final class DateWords {

    private static final String WEEKDAYS = "一二三四五六日天";
    private static final Pattern FULL = Pattern.compile(
            "(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*[日号]?(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\d.])(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号]?(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d./])(\\d{1,2})[./](\\d{1,2})(?![\\d./])");
    private static final Pattern RELATIVE = Pattern.compile("大前天|前天|昨天|昨日|今天|今日");
    private static final Pattern WEEK = Pattern.compile("(上上|上个|上|本|这个|这)?(?:周|星期|礼拜)([一二三四五六日天])");

    private DateWords() {
    }

    /** A day in the grammar's own full form, the one it shows back: 2025年3月12日. */
    public static String show(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * The first day written in {@code text} (when {@code whole}, the text must be exactly one day),
     * or {@link Reading#none()}.
     */
    public static Reading<LocalDate> read(String text, LocalDate today, boolean whole) {
        Matcher m = match(FULL, text, whole);
        if (m != null) {
            return day(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = match(MONTH_DAY, text, whole);
        if (m != null) {
            return yearless(m, NumberWords.small(m.group(1)), NumberWords.small(m.group(2)), today);
        }
        m = match(RELATIVE, text, whole);
        if (m != null) {
            int back = switch (m.group()) {
                case "大前天" -> 3;
                case "前天" -> 2;
                case "昨天", "昨日" -> 1;
                default -> 0;
            };
            return Reading.of(today.minusDays(back), m.start(), m.end());
        }
        m = match(WEEK, text, whole);
        if (m != null) {
            return Reading.of(weekday(m.group(1), m.group(2), today), m.start(), m.end());
        }
        m = match(DOTTED, text, whole);
        if (m != null) {
            return yearless(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), today);
        }
        return Reading.none();
    }

    /** This year's day, or last year's when this year's is more than a month ahead of {@code today}. */
    public static boolean lastYear(LocalDate thisYears, LocalDate today) {
        return thisYears.isAfter(today.plusMonths(1));
    }

    static Matcher match(Pattern p, String text, boolean whole) {
        Matcher m = p.matcher(text);
        return (whole ? m.matches() : m.find()) ? m : null;
    }

    private static Reading<LocalDate> yearless(Matcher m, int month, int day, LocalDate today) {
        Reading<LocalDate> r = day(m, today.getYear(), month, day);
        if (r.ok() && lastYear(r.value(), today)) {
            return day(m, today.getYear() - 1, month, day);
        }
        if (r.failed() && month == 2 && day == 29) {
            return day(m, today.getYear() - 1, month, day); // 2月29日 of a leap year just past
        }
        return r;
    }

    private static Reading<LocalDate> day(Matcher m, int year, int month, int day) {
        try {
            return Reading.of(LocalDate.of(year, month, day), m.start(), m.end());
        } catch (DateTimeException e) {
            return Reading.problem(new InputProblem(InputProblem.Kind.DATE_INVALID, Map.of("text", m.group().strip())),
                    m.start(), m.end());
        }
    }

    private static LocalDate weekday(String which, String day, LocalDate today) {
        DayOfWeek dow = DayOfWeek.of(Math.min(WEEKDAYS.indexOf(day) + 1, 7));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeksBack = which == null ? 0 : switch (which) {
            case "上上" -> 2;
            case "上", "上个" -> 1;
            default -> 0;
        };
        LocalDate d = monday.minusWeeks(weeksBack).plusDays(dow.getValue() - 1L);
        if (which == null && d.isAfter(today)) {
            d = d.minusWeeks(1);
        }
        return d;
    }
}
