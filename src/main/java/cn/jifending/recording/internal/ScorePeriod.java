package cn.jifending.recording.internal;

import cn.jifending.bot.ChatInput;
import cn.jifending.bot.Quarter;
import cn.jifending.bot.Reading;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.scoring.YearResult;
import java.math.BigDecimal;
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

    private static final Pattern PAGE = ScoreWords.PAGE;

    /**
     * Reads the words through the one chat grammar ({@link ChatInput}): a quarter, a month or a year;
     * the default year when none is named. Empty when a word is none of these, or two periods are named.
     */
    static Optional<Request> parse(List<String> words, ChatInput input) {
        ScorePeriod period = null;
        int page = 1;
        for (String w : words) {
            Matcher m;
            ScorePeriod found;
            Reading<Quarter> quarter;
            Reading<YearMonth> month;
            if ((m = PAGE.matcher(w)).matches()) {
                page = Math.max(1, Integer.parseInt(m.group(1)));
                continue;
            } else if (ScoreWords.WHOLE_YEAR.contains(w)) {
                found = new ScorePeriod(Kind.YEAR, input.defaultYear(), 0);
            } else if ((quarter = input.quarter(w)).found()) {
                if (!quarter.ok()) {
                    return Optional.empty();
                }
                found = new ScorePeriod(Kind.QUARTER, quarter.value().year(), quarter.value().quarter());
            } else if ((month = input.month(w)).found()) {
                if (!month.ok()) {
                    return Optional.empty();
                }
                found = new ScorePeriod(Kind.MONTH, month.value().getYear(), month.value().getMonthValue());
            } else {
                Reading<Integer> year = input.year(w.replace(ScoreWords.WHOLE, ""));
                if (!year.ok()) {
                    return Optional.empty();
                }
                found = new ScorePeriod(Kind.YEAR, year.value(), 0);
            }
            if (period != null) {
                return Optional.empty();
            }
            period = found;
        }
        return Optional.of(new Request(period == null ? new ScorePeriod(Kind.YEAR, input.defaultYear(), 0) : period, page));
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
