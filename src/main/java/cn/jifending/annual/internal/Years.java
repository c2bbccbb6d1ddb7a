package cn.jifending.annual.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The year a command names ({@code 2026}, {@code 2026年}); last year when it names none. */
final class Years {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*(年度|年)?");

    private Years() {
    }

    static int parse(String text, LocalDate today) {
        Matcher m = YEAR.matcher(text == null ? "" : text);
        return m.find() ? Integer.parseInt(m.group(1)) : today.getYear() - 1;
    }
}
