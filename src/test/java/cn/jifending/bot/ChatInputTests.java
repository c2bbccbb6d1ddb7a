package cn.jifending.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chat grammar on messages as people send them. Each row: the message, what the command reads
 * in it, the day it is sent, and what is read: a value, {@code none} (nothing of the kind), or the
 * problem's template.
 */
class ChatInputTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String WED_NOV_4 = "2026-11-04";   // a Wednesday
    private static final String JAN_5 = "2027-01-05";       // a Tuesday in January
    private static final String MAR_10 = "2026-03-10";

    enum Read {
        DAY_PAST, DAY_ANY, DAY_OPEN_YEAR, FIND_DAY_PAST, MONTH, QUARTER, YEAR, YEAR_OR_DEFAULT, YEAR_ONLY, MENTIONS,
        POINTS, COUNT, SEED, ID, TALK_DAY
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                // days, as a word of the command (记录, 约谈, 发现, 签到表)
                row("记录 支部大会 2026-11-03 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-03"),
                row("记录 支部党课 11月3日 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-03"),
                row("记录 支部党课 11月3号 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-03"),
                row("记录 主题党日 11.3 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-03"),
                row("记录 主题党日 2026年11月3日 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-03"),
                row("记录 党小组会 ２０２６－１１－０３ 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-03"),
                row("记录 支部大会 昨天 出席 @张三 @李四", Read.DAY_PAST, WED_NOV_4, "2026-11-03"),
                row("记录 支部大会 今天 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-04"),
                row("记录 支部大会 前天 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-02"),
                row("记录 支部大会 大前天 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-01"),
                row("记录 支部大会 上周三 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-10-28"),
                row("记录 支部大会 周一 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-02"),
                row("记录 支部大会 周五 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-10-30"),
                row("记录 支部大会 本周五 出席 @张三", Read.DAY_PAST, WED_NOV_4, "problem:input-date-future"),
                row("记录 支部大会 上上周一 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-10-19"),
                row("记录 支部大会 11月30日 出席 @张三", Read.DAY_PAST, WED_NOV_4, "problem:input-date-future"),
                row("记录 支部大会 2月30日 出席 @张三", Read.DAY_PAST, WED_NOV_4, "problem:input-date-invalid"),
                row("记录 支部大会 十一月三日 出席 @张三", Read.DAY_PAST, WED_NOV_4, "2026-11-03"),
                row("约谈 @张三 12月20日 情况 整改措施：每天学习", Read.DAY_PAST, JAN_5, "2026-12-20"),
                row("约谈 @张三 1月3日 情况 整改措施：每天学习", Read.DAY_PAST, JAN_5, "2027-01-03"),
                // 约谈: the talk's day is the second word, today or earlier (never moved to last year)
                row("约谈 @张三 11月20日 分析了原因 整改措施：每天学习", Read.TALK_DAY, WED_NOV_4, "problem:input-date-future"),
                row("约谈 @张三 1月6日 分析了原因 整改措施：每天学习", Read.TALK_DAY, JAN_5, "problem:input-date-future"),
                row("约谈 @张三 昨天 分析了原因 整改措施：每天学习", Read.TALK_DAY, JAN_5, "2027-01-04"),
                row("约谈 ＠张三 2026-12-30 分析了原因 整改措施：每天学习", Read.TALK_DAY, JAN_5, "2026-12-30"),
                row("约谈 @张三 上周三 分析了原因 整改措施：每天学习", Read.TALK_DAY, WED_NOV_4, "2026-10-28"),
                row("约谈 @张三 12月32日 分析了原因 整改措施：每天学习", Read.TALK_DAY, JAN_5, "problem:input-date-invalid"),
                row("约谈 @张三 分析了原因 整改措施：每天学习", Read.TALK_DAY, JAN_5, "none"),
                row("记录 支部大会 2026-12-31 出席 @张三", Read.DAY_OPEN_YEAR, JAN_5, "2026-12-31"),
                row("记录 支部大会 2026-12-31 出席 @张三", Read.DAY_OPEN_YEAR, MAR_10, "problem:input-date-future"),
                row("记录 支部大会 2025-12-31 出席 @张三", Read.DAY_OPEN_YEAR, MAR_10, "problem:input-date-outside-year"),
                row("截止 2026-12-31", Read.DAY_ANY, WED_NOV_4, "2026-12-31"),
                row("记录 支部大会 出席 @张三", Read.DAY_PAST, WED_NOV_4, "none"),
                // days anywhere in a declaration
                row("申报 志愿服务 昨天 社区义诊", Read.FIND_DAY_PAST, WED_NOV_4, "2026-11-03"),
                row("志愿 11月1日在敬老院陪护老人", Read.FIND_DAY_PAST, WED_NOV_4, "2026-11-01"),
                row("申报 党建网格化 上周五 走访困难户", Read.FIND_DAY_PAST, WED_NOV_4, "2026-10-30"),
                row("申报 志愿服务 12月28日 慰问", Read.FIND_DAY_PAST, JAN_5, "2026-12-28"),
                row("申报 志愿服务 社区义诊", Read.FIND_DAY_PAST, WED_NOV_4, "none"),
                // months
                row("积分明细 10月", Read.MONTH, WED_NOV_4, "2026-10"),
                row("积分明细 10月份", Read.MONTH, WED_NOV_4, "2026-10"),
                row("本月记分 2026-11", Read.MONTH, WED_NOV_4, "2026-11"),
                row("本月记分 2025年11月", Read.MONTH, WED_NOV_4, "2025-11"),
                row("本月记分 上月", Read.MONTH, WED_NOV_4, "2026-10"),
                row("本月记分 上个月", Read.MONTH, JAN_5, "2026-12"),
                row("本月记分 本月", Read.MONTH, WED_NOV_4, "2026-11"),
                row("积分明细 12月", Read.MONTH, JAN_5, "2026-12"),
                row("积分明细 十月", Read.MONTH, WED_NOV_4, "2026-10"),
                row("积分明细 13月", Read.MONTH, WED_NOV_4, "problem:input-month-invalid"),
                // quarters
                row("开始考评 2026Q3", Read.QUARTER, WED_NOV_4, "2026Q3"),
                row("开始考评 2026-Q3", Read.QUARTER, WED_NOV_4, "2026Q3"),
                row("开始考评 Q3", Read.QUARTER, WED_NOV_4, "2026Q3"),
                row("开始考评 三季度", Read.QUARTER, WED_NOV_4, "2026Q3"),
                row("开始考评 第3季度", Read.QUARTER, WED_NOV_4, "2026Q3"),
                row("开始考评 上季度", Read.QUARTER, JAN_5, "2026Q4"),
                row("开始考评 四季度", Read.QUARTER, JAN_5, "2026Q4"),
                row("开始考评 Q5", Read.QUARTER, WED_NOV_4, "problem:input-quarter-invalid"),
                row("签名确认 2026q2", Read.QUARTER, WED_NOV_4, "2026Q2"),
                row("考评进度 2026年第二季度", Read.QUARTER, WED_NOV_4, "2026Q2"),
                row("考评进度 本季度", Read.QUARTER, WED_NOV_4, "2026Q4"),
                row("开始考评 Q1", Read.QUARTER, JAN_5, "2027Q1"),
                row("开始考评 1999Q1", Read.QUARTER, WED_NOV_4, "problem:input-year-invalid"),
                row("开始考评 下个季度", Read.QUARTER, WED_NOV_4, "none"),
                // years, and the one default
                row("我的积分 2025", Read.YEAR_OR_DEFAULT, WED_NOV_4, "2025"),
                row("我的积分 2025年", Read.YEAR_OR_DEFAULT, WED_NOV_4, "2025"),
                row("积分名单 2025年度", Read.YEAR_OR_DEFAULT, WED_NOV_4, "2025"),
                row("我的积分 去年", Read.YEAR_OR_DEFAULT, WED_NOV_4, "2025"),
                row("全局进度 今年", Read.YEAR_OR_DEFAULT, JAN_5, "2027"),
                row("我的积分", Read.YEAR_OR_DEFAULT, WED_NOV_4, "2026"),
                row("积分名单", Read.YEAR_OR_DEFAULT, JAN_5, "2027"),
                row("导出台账 第一党支部 2026年", Read.YEAR, WED_NOV_4, "2026"),
                row("我的积分 2027", Read.YEAR, WED_NOV_4, "problem:input-year-future"),
                row("我的积分 1999", Read.YEAR, WED_NOV_4, "problem:input-year-invalid"),
                row("我的积分 20255", Read.YEAR, WED_NOV_4, "problem:input-year-invalid"),
                row("积分明细 2025年8月", Read.YEAR, WED_NOV_4, "none"),
                row("开始考评 2026Q3", Read.YEAR, WED_NOV_4, "none"),
                // commands that take only a year: 年度审核, 全局进度, 积分名单, 季度积分, 积分图, a sheet's 年度 cell
                row("年度审核", Read.YEAR_ONLY, JAN_5, "2027"),
                row("年度审核 去年", Read.YEAR_ONLY, JAN_5, "2026"),
                row("年度审核 2026年度", Read.YEAR_ONLY, JAN_5, "2026"),
                row("全局进度 ２０２６", Read.YEAR_ONLY, WED_NOV_4, "2026"),
                row("积分名单 前年", Read.YEAR_ONLY, WED_NOV_4, "2024"),
                row("季度积分 2026 年", Read.YEAR_ONLY, WED_NOV_4, "2026"),
                row("积分图 26", Read.YEAR_ONLY, WED_NOV_4, "problem:input-year-expected"),
                row("积分名单 2025年8月", Read.YEAR_ONLY, WED_NOV_4, "problem:input-year-expected"),
                row("年度审核 2026 第一党支部", Read.YEAR_ONLY, WED_NOV_4, "problem:input-year-expected"),
                row("全局进度 2O26", Read.YEAR_ONLY, WED_NOV_4, "problem:input-year-expected"),
                row("积分图 2027", Read.YEAR_ONLY, WED_NOV_4, "problem:input-year-future"),
                row("季度积分 20266", Read.YEAR_ONLY, WED_NOV_4, "problem:input-year-invalid"),
                // a year among other words: 评议, 年度报表, 导出台账
                row("评议 去年 @张三 优秀", Read.YEAR_OR_DEFAULT, JAN_5, "2026"),
                row("年度报表 第一党支部", Read.YEAR_OR_DEFAULT, JAN_5, "2027"),
                row("导出台账 第一党支部 2030年", Read.YEAR_OR_DEFAULT, WED_NOV_4, "problem:input-year-future"),
                // digits inside a name (a branch called branch-8f2019ab, or Team2025) are not a year
                row("导出台账 branch-8f2019ab 2025", Read.YEAR_OR_DEFAULT, WED_NOV_4, "2025"),
                row("导出台账 branch-a1b22345 2025", Read.YEAR_OR_DEFAULT, WED_NOV_4, "2025"),
                row("年度报表 Team2019", Read.YEAR_OR_DEFAULT, WED_NOV_4, "2026"),
                // mentions
                row("记录 支部大会 昨天 出席 @张三 @李四 请假 ＠王五", Read.MENTIONS, WED_NOV_4, "[张三, 李四, 王五]"),
                row("评议 2026 @张三 优秀，@李四 合格", Read.MENTIONS, WED_NOV_4, "[张三, 李四]"),
                // numbers
                row("调整分值 1.5", Read.POINTS, WED_NOV_4, "1.5"),
                row("调整分值 2分", Read.POINTS, WED_NOV_4, "2"),
                row("调整分值 两", Read.POINTS, WED_NOV_4, "2"),
                row("调整分值 1.255", Read.POINTS, WED_NOV_4, "problem:input-number-invalid"),
                row("调整分值 -1", Read.POINTS, WED_NOV_4, "problem:input-number-invalid"),
                row("调整分值 25", Read.POINTS, WED_NOV_4, "problem:input-number-range"),
                row("抽查 十二", Read.COUNT, WED_NOV_4, "12"),
                row("抽查 二十五", Read.COUNT, WED_NOV_4, "25"),
                row("抽查 五百", Read.COUNT, WED_NOV_4, "problem:input-number-range"),
                row("抽查 5 20261104093000", Read.SEED, WED_NOV_4, "20261104093000"),
                row("抽查 5 ４２", Read.SEED, WED_NOV_4, "42"),
                row("抽查 5 abc", Read.SEED, WED_NOV_4, "problem:input-number-invalid"),
                row("抽查 5 99999999999999999999", Read.SEED, WED_NOV_4, "problem:input-number-invalid"),
                // ids, typed or carried by a card parameter
                row("重发 12", Read.ID, WED_NOV_4, "12"),
                row("更正 #305", Read.ID, WED_NOV_4, "305"),
                row("通过 第12号", Read.ID, WED_NOV_4, "12"),
                row("申诉 12号", Read.ID, WED_NOV_4, "12"),
                row("驳回 ＃12", Read.ID, WED_NOV_4, "12"),
                row("抽查 #7", Read.ID, WED_NOV_4, "7"),
                row("重发 第三条", Read.ID, WED_NOV_4, "problem:input-id-invalid"),
                row("卡片参数 12abc", Read.ID, WED_NOV_4, "problem:input-id-invalid"),
                row("卡片参数 abc", Read.ID, WED_NOV_4, "problem:input-id-invalid"),
                row("卡片参数 0", Read.ID, WED_NOV_4, "problem:input-id-invalid"),
                row("卡片参数 99999999999999999999", Read.ID, WED_NOV_4, "problem:input-id-invalid"),
                row("卡片参数 -", Read.ID, WED_NOV_4, "problem:input-id-invalid"));
    }

    @ParameterizedTest(name = "{0} / {1} on {2} → {3}")
    @MethodSource("messages")
    void readsWhatPeopleType(String message, Read read, String today, String expected) {
        ChatInput input = new ChatInput(Clock.fixed(LocalDate.parse(today).atTime(9, 30).atZone(SHANGHAI).toInstant(),
                SHANGHAI));
        String args = message.split(" ", 2).length > 1 ? message.split(" ", 2)[1] : "";
        String last = args.contains(" ") ? args.substring(args.lastIndexOf(' ') + 1) : args;
        Reading<?> r = switch (read) {
            case DAY_PAST -> firstWord(args, w -> input.day(w, DatePolicy.PAST_OR_TODAY));
            case DAY_ANY -> firstWord(args, w -> input.day(w, DatePolicy.ANY));
            case DAY_OPEN_YEAR -> firstWord(args, w -> input.day(w, DatePolicy.OPEN_YEAR));
            case FIND_DAY_PAST -> input.findDay(message, DatePolicy.PAST_OR_TODAY);
            case MONTH -> firstWord(args, input::month);
            case QUARTER -> firstWord(args, input::quarter);
            case YEAR -> input.year(args);
            case YEAR_OR_DEFAULT -> input.yearOrDefault(args);
            case YEAR_ONLY -> input.yearOnly(args);
            case MENTIONS -> Reading.of(ChatInput.mentions(args), 0, 0);
            case POINTS -> ChatInput.number(last, BigDecimal.ZERO, BigDecimal.TEN, 2);
            case COUNT -> ChatInput.count(last, 1, 100);
            case SEED -> ChatInput.digits(last, Long.MAX_VALUE);
            case TALK_DAY -> input.day(args.split("\\s+")[1], DatePolicy.PAST_OR_TODAY);
            case ID -> ChatInput.id(last);
        };
        String actual = r.ok() ? (r.value() instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString()
                : r.value().toString()) : r.failed() ? "problem:" + r.problem().orElseThrow().template() : "none";
        assertThat(actual).isEqualTo(expected);
    }

    private static Reading<?> firstWord(String args, Function<String, Reading<?>> read) {
        return Arrays.stream(args.split("\\s+")).map(read).filter(Reading::found).findFirst().orElse(Reading.none());
    }

    private static Arguments row(String message, Read read, String today, String expected) {
        return Arguments.of(message, read, today, expected);
    }
}
