package cn.jifending.declaration.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date in a member's message, absolute or relative to {@code today}: 今天, 昨天, 前天,
 * 大前天, 上周五, 本周一, 周三, 11月20日, 11.20, 11/20, 2026-11-20, 2026年11月20日, 2026.11.20.
 * A month and day without a year mean this year, or last year when that would be more than a
 * month ahead (a December deed declared in January).
 */
final class DateExpressions {

    /** A date found in the text: its value (empty when it names no real day) and where it was. */
    record Found(Optional<LocalDate> date, int start, int end, String text) {
    }

    private static final String WEEKDAYS = "一二三四五六日天";
    private static final Pattern FULL = Pattern.compile(
            "(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})(?![\\d./])");
    private static final Pattern RELATIVE = Pattern.compile("大前天|前天|昨天|昨日|今天|今日");
    private static final Pattern WEEK = Pattern.compile("(上上|上|本|这)?(?:周|星期|礼拜)([一二三四五六日天])");

    private DateExpressions() {
    }

    static Optional<Found> find(String text, LocalDate today) {
        Matcher m = FULL.matcher(text);
        if (m.find()) {
            return Optional.of(found(m, of(num(m, 1), num(m, 2), num(m, 3))));
        }
        m = MONTH_DAY.matcher(text);
        if (m.find()) {
            return Optional.of(found(m, monthDay(num(m, 1), num(m, 2), today)));
        }
        m = RELATIVE.matcher(text);
        if (m.find()) {
            int back = switch (m.group()) {
                case "大前天" -> 3;
                case "前天" -> 2;
                case "昨天", "昨日" -> 1;
                default -> 0;
            };
            return Optional.of(found(m, Optional.of(today.minusDays(back))));
        }
        m = WEEK.matcher(text);
        if (m.find()) {
            return Optional.of(found(m, Optional.of(weekday(m.group(1), m.group(2), today))));
        }
        m = DOTTED.matcher(text);
        if (m.find()) {
            return Optional.of(found(m, monthDay(num(m, 1), num(m, 2), today)));
        }
        return Optional.empty();
    }

    private static LocalDate weekday(String which, String day, LocalDate today) {
        int index = WEEKDAYS.indexOf(day);
        DayOfWeek dow = DayOfWeek.of(Math.min(index + 1, 7));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeksBack = which == null ? 0 : switch (which) {
            case "上上" -> 2;
            case "上" -> 1;
            default -> 0;
        };
        LocalDate d = monday.minusWeeks(weeksBack).plusDays(dow.getValue() - 1L);
        if (which == null && d.isAfter(today)) {
            d = d.minusWeeks(1);
        }
        return d;
    }

    private static Optional<LocalDate> monthDay(int month, int day, LocalDate today) {
        Optional<LocalDate> thisYear = of(today.getYear(), month, day);
        if (thisYear.isPresent() && thisYear.get().isAfter(today.plusMonths(1))) {
            return of(today.getYear() - 1, month, day);
        }
        return thisYear;
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Found found(Matcher m, Optional<LocalDate> date) {
        return new Found(date, m.start(), m.end(), m.group());
    }
}
