package cn.jifending.bot.internal;

import cn.jifending.bot.InputProblem;
import cn.jifending.bot.Quarter;
import cn.jifending.bot.Reading;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months (11月, 十一月, 11月份, 2026-11, 2026年11月, 本月, 上月), quarters (Q3, 三季度, 第3季度,
 * 2026Q3, 2026年第三季度, 本季度, 上季度) and years (2025, 2025年, 2025年度, 今年, 去年, 前年).
 * A month or quarter without a year is in this year, or in last year when this year's would start
 * more than a month ahead of today.
 */
public final class PeriodWords {

    private static final Pattern MONTH_FULL = Pattern.compile("(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月份?)?");
    private static final Pattern MONTH_SHORT = Pattern.compile("(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月份?");
    private static final Pattern MONTH_RELATIVE = Pattern.compile("本月|这个月|这月|当月|上月|上个月|上一个月");
    private static final Pattern QUARTER = Pattern.compile(
            "(?:(\\d{4})\\s*(?:年度?)?\\s*[-_]?\\s*)?(?:[Qq]\\s*(\\d)|第?\\s*(\\d|[一二三四五六七八九])\\s*季度|第\\s*(\\d|[一二三四五六七八九])\\s*季)");
    private static final Pattern QUARTER_RELATIVE = Pattern.compile("本季度|这个季度|这季度|本季|上季度|上个季度|上一季度|上季");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d.\\-/A-Za-z])(\\d{4,5})(?:\\s*(年度|年)(?!\\s*(?:\\d{1,2}\\s*[月季]|第?\\s*[\\d一二三四五六七八九十]+\\s*[月季]|[Qq]\\s*\\d)))?"
                    + "(?![\\d.\\-/A-Za-z年月季])");
    private static final Pattern YEAR_RELATIVE = Pattern.compile("今年|本年度|本年|去年|上年度|上一年|上年|前年");

    private PeriodWords() {
    }

    /** A month in the grammar's own full form, the one it shows back: 2025年3月. */
    public static String show(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** {@code word} as one month, or {@link Reading#none()}. */
    public static Reading<YearMonth> month(String word, LocalDate today) {
        Matcher m = DateWords.match(MONTH_RELATIVE, word, true);
        if (m != null) {
            YearMonth current = YearMonth.from(today);
            return Reading.of(m.group().startsWith("上") ? current.minusMonths(1) : current, m.start(), m.end());
        }
        m = DateWords.match(MONTH_FULL, word, true);
        if (m != null) {
            return month(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DateWords.match(MONTH_SHORT, word, true);
        if (m != null) {
            int month = NumberWords.small(m.group(1));
            Reading<YearMonth> r = month(m, today.getYear(), month);
            if (r.ok() && DateWords.lastYear(r.value().atDay(1), today)) {
                return month(m, today.getYear() - 1, month);
            }
            return r;
        }
        return Reading.none();
    }

    /** {@code word} as one quarter, or {@link Reading#none()}. */
    public static Reading<Quarter> quarter(String word, LocalDate today) {
        Matcher m = DateWords.match(QUARTER_RELATIVE, word, true);
        if (m != null) {
            Quarter current = Quarter.of(today);
            return Reading.of(m.group().startsWith("上") ? current.previous() : current, m.start(), m.end());
        }
        m = DateWords.match(QUARTER, word, true);
        if (m == null) {
            return Reading.none();
        }
        String digit = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        int q = NumberWords.small(digit);
        if (q < 1 || q > 4) {
            return problem(InputProblem.Kind.QUARTER_INVALID, m);
        }
        if (m.group(1) != null) {
            return Reading.of(new Quarter(Integer.parseInt(m.group(1)), q), m.start(), m.end());
        }
        Quarter thisYears = new Quarter(today.getYear(), q);
        return Reading.of(DateWords.lastYear(thisYears.firstDay(), today) ? new Quarter(today.getYear() - 1, q)
                : thisYears, m.start(), m.end());
    }

    /** The first year named anywhere in {@code text} (not a month's or a day's), or {@link Reading#none()}. */
    public static Reading<Integer> year(String text, LocalDate today) {
        Matcher rel = YEAR_RELATIVE.matcher(text);
        Matcher m = YEAR.matcher(text);
        boolean digits = m.find();
        boolean words = rel.find();
        if (words && (!digits || rel.start() < m.start())) {
            int back = switch (rel.group()) {
                case "今年", "本年度", "本年" -> 0;
                case "前年" -> 2;
                default -> 1;
            };
            return Reading.of(today.getYear() - back, rel.start(), rel.end());
        }
        if (!digits) {
            return Reading.none();
        }
        if (m.group(1).length() != 4) {
            return problem(InputProblem.Kind.YEAR_INVALID, m);
        }
        return Reading.of(Integer.parseInt(m.group(1)), m.start(), m.end());
    }

    private static Reading<YearMonth> month(Matcher m, int year, int month) {
        if (month < 1 || month > 12) {
            return problem(InputProblem.Kind.MONTH_INVALID, m);
        }
        return Reading.of(YearMonth.of(year, month), m.start(), m.end());
    }

    private static <T> Reading<T> problem(InputProblem.Kind kind, Matcher m) {
        return Reading.problem(new InputProblem(kind, Map.of("text", m.group().strip())), m.start(), m.end());
    }
}
