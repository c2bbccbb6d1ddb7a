package cn.jifending.recording.internal;

import cn.jifending.notification.MessageTemplates;
import cn.jifending.scoring.YearResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The period of {@code 支部积分}: a month ({@code 11月}, {@code 2026年11月}), a quarter ({@code Q3},
 * {@code 2026Q3}, {@code 三季度}) or a year ({@code 2026}, {@code 2026年}, {@code 全年}); this year
 * when none is given. {@code 第2页} picks the page.
 */
record ScorePeriod(Kind kind, int year, int number) {

    enum Kind { MONTH, QUARTER, YEAR }

    /** What was asked for: the period and the page (from 1). */
    record Request(ScorePeriod period, int page) {
    }

    /** One member's figures for the period; {@code kind} picks the line template. */
    record Figure(String kind, BigDecimal total, BigDecimal base, BigDecimal featured, BigDecimal review) {
    }

    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})年?)?(?:[Qq]([1-4])|第?([1-4一二三四])季度?)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?(?:全年)?");
    private static final Pattern PAGE = Pattern.compile("第(\\d{1,4})页");
    private static final String CN_DIGITS = "一二三四";

    static Optional<Request> parse(List<String> words, LocalDate today) {
        ScorePeriod period = null;
        int page = 1;
        for (String w : words) {
            Matcher m;
            ScorePeriod found = null;
            if ((m = PAGE.matcher(w)).matches()) {
                page = Math.max(1, Integer.parseInt(m.group(1)));
                continue;
            } else if (w.equals("全年") || w.equals("年") || w.equals("今年")) {
                found = new ScorePeriod(Kind.YEAR, today.getYear(), 0);
            } else if ((m = YEAR.matcher(w)).matches()) {
                found = new ScorePeriod(Kind.YEAR, Integer.parseInt(m.group(1)), 0);
            } else if ((m = QUARTER.matcher(w)).matches()) {
                int year = m.group(1) == null ? today.getYear() : Integer.parseInt(m.group(1));
                String q = m.group(2) != null ? m.group(2) : m.group(3);
                int quarter = CN_DIGITS.indexOf(q) >= 0 ? CN_DIGITS.indexOf(q) + 1 : Integer.parseInt(q);
                found = new ScorePeriod(Kind.QUARTER, year, quarter);
            } else {
                Optional<YearMonth> month = ChatDates.month(w, today);
                if (month.isEmpty()) {
                    return Optional.empty();
                }
                found = new ScorePeriod(Kind.MONTH, month.get().getYear(), month.get().getMonthValue());
            }
            if (period != null) {
                return Optional.empty();
            }
            period = found;
        }
        return Optional.of(new Request(period == null ? new ScorePeriod(Kind.YEAR, today.getYear(), 0) : period, page));
    }

    /** The months the period covers, in order. */
    List<YearMonth> months() {
        return switch (kind) {
            case MONTH -> List.of(YearMonth.of(year, number));
            case QUARTER -> IntStream.rangeClosed(number * 3 - 2, number * 3).mapToObj(m -> YearMonth.of(year, m)).toList();
            case YEAR -> IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m)).toList();
        };
    }

    /** The member's figures for the period; empty when the member was not active in it. */
    Optional<Figure> figure(YearResult y) {
        return switch (kind) {
            case MONTH -> y.months().stream().filter(m -> m.month().getMonthValue() == number).findFirst()
                    .map(m -> new Figure("month", m.base(), m.base(), null, null));
            case QUARTER -> y.quarter(number).map(q -> new Figure("quarter", q.total(), q.base(), q.featured(), null));
            case YEAR -> Optional.of(new Figure("year", y.composite(), y.base(), y.featured(), y.review()));
        };
    }

    String label(MessageTemplates templates) {
        return templates.message("branch-scores-period-" + kind.name().toLowerCase(java.util.Locale.ROOT),
                Map.of("year", year, "number", number)).strip();
    }
}
