package cn.jifending.bot;

import cn.jifending.bot.internal.DateWords;
import cn.jifending.bot.internal.MentionWords;
import cn.jifending.bot.internal.NumberWords;
import cn.jifending.bot.internal.PeriodWords;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * The one grammar of what people type after a command: days (absolute and relative, checked by a
 * {@link DatePolicy}), months, quarters, years, @mentions, numbers and ids (also a card's
 * parameters). Every command reads them here, so they mean the same everywhere:
 * <ul>
 *   <li>a day, month or quarter without a year is in this year, or in last year when this year's
 *       would be more than a month ahead (12月20日 written in January is last December);</li>
 *   <li>a command that names no year means {@link #defaultYear()}: this year, in every month (in
 *       January too: 去年 or the year's number asks for last year);</li>
 *   <li>a year, day or number typed but unusable is an {@link InputProblem}, never silently
 *       replaced by a default.</li>
 * </ul>
 * Today is read from the injected clock (Asia/Shanghai in the application).
 */
public final class ChatInput {

    /** The last month in which days of last year are still open ({@link DatePolicy#OPEN_YEAR}). */
    public static final int LAST_MONTH_OF_LAST_YEAR = 1;
    /** Ids are positive and below this bound (a database id, never a pasted phone number). */
    public static final long MAX_ID = 999_999_999_999L;
    /** The first year any command, card or sheet may name. */
    public static final int FIRST_YEAR = 2000;

    private final Clock clock;

    public ChatInput(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year a command means when it names none: this year. */
    public int defaultYear() {
        return today().getYear();
    }

    /** {@code word} as exactly one day, checked by {@code policy}; none when it is not a day. */
    public Reading<LocalDate> day(String word, DatePolicy policy) {
        return checked(DateWords.read(NumberWords.fold(word).strip(), today(), true), policy);
    }

    /** The first day written anywhere in {@code text}, checked by {@code policy}; positions are in {@code text}. */
    public Reading<LocalDate> findDay(String text, DatePolicy policy) {
        return checked(DateWords.read(NumberWords.fold(text), today(), false), policy);
    }

    /** {@code word} as exactly one month (any real month, the handler decides about the future); none when not a month. */
    public Reading<YearMonth> month(String word) {
        return PeriodWords.month(NumberWords.fold(word).strip(), today());
    }

    /** {@code word} as a month, or a day's month (2026-11-03 → 2026-11); none when neither. */
    public Reading<YearMonth> monthOrDaysMonth(String word) {
        Reading<YearMonth> m = month(word);
        return m.found() ? m : day(word, DatePolicy.ANY).map(YearMonth::from);
    }

    /** {@code word} as exactly one quarter (any real quarter, the handler decides about the future); none when not a quarter. */
    public Reading<Quarter> quarter(String word) {
        return PeriodWords.quarter(NumberWords.fold(word).strip(), today()).check(q -> q.year() < FIRST_YEAR
                ? Optional.of(new InputProblem(InputProblem.Kind.YEAR_INVALID, Map.of("text", String.valueOf(q.year()))))
                : Optional.empty());
    }

    /**
     * The first year named anywhere in {@code text}: a problem when it is not a real year of the
     * scheme or not yet begun; none when the text names no year.
     */
    public Reading<Integer> year(String text) {
        LocalDate today = today();
        return PeriodWords.year(NumberWords.fold(text), today).check(y -> {
            if (y < FIRST_YEAR) {
                return Optional.of(new InputProblem(InputProblem.Kind.YEAR_INVALID, Map.of("text", String.valueOf(y))));
            }
            if (y > today.getYear()) {
                return Optional.of(new InputProblem(InputProblem.Kind.YEAR_FUTURE,
                        Map.of("year", y, "thisYear", today.getYear())));
            }
            return Optional.empty();
        });
    }

    /** {@link #year(String)}, or {@link #defaultYear()} (at 0/0) when the text names no year. */
    public Reading<Integer> yearOrDefault(String text) {
        Reading<Integer> y = year(text);
        return y.found() ? y : Reading.of(defaultYear(), 0, 0);
    }

    /**
     * {@code text} that is only a year ({@code 2025}, {@code 2025年}, {@code 去年}), or {@link #defaultYear()}
     * when it is blank. Anything else is a problem ({@code input-year-expected}), so a year written in a
     * way not understood ({@code 26}, {@code 2025年8月}) is never replaced by the default.
     */
    public Reading<Integer> yearOnly(String text) {
        String t = NumberWords.fold(text).strip();
        if (t.isEmpty()) {
            return Reading.of(defaultYear(), 0, 0);
        }
        Reading<Integer> y = year(t);
        if (y.failed() || (y.ok() && y.rest(t).isEmpty())) {
            return y;
        }
        return Reading.problem(new InputProblem(InputProblem.Kind.YEAR_EXPECTED,
                Map.of("text", t, "year", defaultYear())), 0, t.length());
    }

    /** The name in an @mention word ({@code @张三}, {@code ＠张三}), or empty when the word is not one. */
    public static Optional<String> mention(String word) {
        Matcher m = MentionWords.MENTION.matcher(NumberWords.fold(word).strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Every @mentioned name in {@code text}, in order. */
    public static List<String> mentions(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = MentionWords.MENTION.matcher(NumberWords.fold(text));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * {@code word} as a number from {@code min} to {@code max} with at most {@code scale} decimals
     * (3, 0.5, 1.5分, 两, 十二); a problem when it is not one or out of range.
     */
    public static Reading<BigDecimal> number(String word, BigDecimal min, BigDecimal max, int scale) {
        String text = word == null ? "" : word.strip();
        Optional<BigDecimal> n = NumberWords.decimal(text);
        if (n.isEmpty() || n.get().stripTrailingZeros().scale() > scale) {
            return Reading.problem(new InputProblem(InputProblem.Kind.NUMBER_INVALID, Map.of("text", text)), 0, text.length());
        }
        if (n.get().compareTo(min) < 0 || n.get().compareTo(max) > 0) {
            return Reading.problem(new InputProblem(InputProblem.Kind.NUMBER_RANGE, Map.of("text", text,
                    "min", min.toPlainString(), "max", max.toPlainString())), 0, text.length());
        }
        return Reading.of(n.get(), 0, text.length());
    }

    /** {@code word} as a whole number from {@code min} to {@code max}. */
    public static Reading<Integer> count(String word, int min, int max) {
        return number(word, BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0).map(BigDecimal::intValueExact);
    }

    /**
     * {@code word} as a whole number written in digits, from 0 to {@code max} (up to 18 digits, such as
     * a draw's seed {@code 20261104093000}); a problem when it is not one or too large.
     */
    public static Reading<Long> digits(String word, long max) {
        String t = NumberWords.fold(word).strip();
        if (!t.matches("\\d{1,18}")) {
            return Reading.problem(new InputProblem(InputProblem.Kind.NUMBER_INVALID, Map.of("text", t)), 0, t.length());
        }
        long n = Long.parseLong(t);
        if (n > max) {
            return Reading.problem(new InputProblem(InputProblem.Kind.NUMBER_RANGE, Map.of("text", t,
                    "min", "0", "max", String.valueOf(max))), 0, t.length());
        }
        return Reading.of(n, 0, t.length());
    }

    /**
     * An id typed in chat ({@code 12}, {@code #12}, {@code 编号12}, {@code 第12号}) or carried by a card parameter:
     * a problem, never an exception, when it is not a positive id.
     */
    public static Reading<Long> id(String text) {
        String t = NumberWords.fold(text).strip();
        Matcher m = NumberWords.ID.matcher(t);
        if (m.matches()) {
            long id = Long.parseLong(m.group(1));
            if (id >= 1 && id <= MAX_ID) {
                return Reading.of(id, 0, t.length());
            }
        }
        return Reading.problem(new InputProblem(InputProblem.Kind.ID_INVALID, Map.of("text", t)), 0, t.length());
    }

    /** The first of {@code words} that reads as something (a value or a problem), or none. */
    public static <T> Reading<T> firstOf(Collection<String> words, Function<String, Reading<T>> read) {
        return words.stream().map(read).filter(Reading::found).findFirst().orElse(Reading.none());
    }

    /** A day shown back to people: 2025年3月12日. */
    public static String show(LocalDate d) {
        return DateWords.show(d);
    }

    /** A month shown back to people: 2025年3月. */
    public static String show(YearMonth m) {
        return PeriodWords.show(m);
    }

    private Reading<LocalDate> checked(Reading<LocalDate> read, DatePolicy policy) {
        LocalDate today = today();
        return read.check(d -> {
            if (policy != DatePolicy.ANY && d.isAfter(today)) {
                return Optional.of(new InputProblem(InputProblem.Kind.DATE_FUTURE,
                        Map.of("date", show(d), "today", show(today))));
            }
            int first = today.getMonthValue() <= LAST_MONTH_OF_LAST_YEAR ? today.getYear() - 1 : today.getYear();
            if (policy == DatePolicy.OPEN_YEAR && d.getYear() < first) {
                return Optional.of(new InputProblem(InputProblem.Kind.DATE_OUTSIDE_YEAR,
                        Map.of("date", show(d), "year", first)));
            }
            return Optional.empty();
        });
    }
}
