package cn.jifending.evaluation.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quarter such as {@code 2026Q3} (also {@code 2026q3}, {@code 2026-Q3}). */
record QuarterKey(int year, int quarter) {

    private static final Pattern TEXT = Pattern.compile("(20\\d{2})\\s*[-_]?\\s*[Qq]\\s*([1-4])");

    static Optional<QuarterKey> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        return m.matches() ? Optional.of(new QuarterKey(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** The last quarter that ended before {@code date}. */
    static QuarterKey before(LocalDate date) {
        int q = (date.getMonthValue() - 1) / 3;
        return q == 0 ? new QuarterKey(date.getYear() - 1, 4) : new QuarterKey(date.getYear(), q);
    }

    LocalDate lastDay() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    int firstMonth() {
        return quarter * 3 - 2;
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
