package cn.jifending.bot;

import java.time.LocalDate;
import java.time.YearMonth;

/** A calendar quarter, 1..4, such as 2026Q3. */
public record Quarter(int year, int quarter) {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, quarter * 3 - 2);
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
