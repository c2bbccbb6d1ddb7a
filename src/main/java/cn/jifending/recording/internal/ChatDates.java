package cn.jifending.recording.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and months as people type them: 3月12日, 2025年3月12日, 2025-03-12; 3月, 2025年3月, 2025-03, 本月, 上月. */
final class ChatDates {

    private static final Pattern FULL_CN = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?");
    private static final Pattern SHORT_CN = Pattern.compile("(\\d{1,2})月(\\d{1,2})[日号]?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern MONTH_FULL_CN = Pattern.compile("(\\d{4})年(\\d{1,2})月?(份)?");
    private static final Pattern MONTH_SHORT_CN = Pattern.compile("(\\d{1,2})月(份)?");
    private static final Pattern MONTH_ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");

    private ChatDates() {
    }

    /** A day; a day without a year is in the year of {@code today}. Empty when not a date. */
    static Optional<LocalDate> day(String token, LocalDate today) {
        String t = token.strip();
        try {
            Matcher m = FULL_CN.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = SHORT_CN.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(today.getYear(), num(m, 1), num(m, 2)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A month; a month without a year is in the year of {@code today}. Empty when not a month. */
    static Optional<YearMonth> month(String token, LocalDate today) {
        String t = token.strip();
        if (t.equals("本月")) {
            return Optional.of(YearMonth.from(today));
        }
        if (t.equals("上月")) {
            return Optional.of(YearMonth.from(today).minusMonths(1));
        }
        try {
            Matcher m = MONTH_FULL_CN.matcher(t);
            if (m.matches()) {
                return Optional.of(YearMonth.of(num(m, 1), num(m, 2)));
            }
            m = MONTH_ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(YearMonth.of(num(m, 1), num(m, 2)));
            }
            m = MONTH_SHORT_CN.matcher(t);
            if (m.matches()) {
                return Optional.of(YearMonth.of(today.getYear(), num(m, 1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** How a day is shown back: 2025年3月12日. */
    static String show(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String show(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
