package cn.jifending.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 政治学习: 学习强国 per-miss deduction, 每日一题 target, study sessions, caps and 未记录. */
class StudyRulesTest {

    @ParameterizedTest(name = "{0} days missed -> {1}")
    @CsvSource({
            "0, 10",
            "1, 9.5",
            "3, 8.5",
            "10, 5",
            "19, 0.5",
            "20, 0",
            "21, 0",
            "31, 0"})
    void xuexiLoginLosesHalfAPointPerMissedDayDownToZero(int missed, String expected) {
        ItemResult item = Ledger.formalAllYear(2026).xuexi(2026, 4, missed).year(2026).month(4).item("xuexi_login");
        assertThat(item.earned()).isEqualByComparingTo(expected);
        assertThat(item.available()).isEqualByComparingTo("10");
        assertThat(item.rule()).isEqualTo(RuleKind.PER_MISS_DEDUCTION);
    }

    @ParameterizedTest(name = "{0} points -> {1}")
    @CsvSource({
            "30, 10",
            "16, 10",
            "15, 10",
            "14, 9.5",
            "12, 8.5",
            "1, 3",
            "0, 2.5"})
    void dailyQuestionFifteenPointsIsFull(int points, String expected) {
        ItemResult item = Ledger.formalAllYear(2026).daily(2026, 4, points).year(2026).month(4).item("daily_question");
        assertThat(item.earned()).isEqualByComparingTo(expected);
        assertThat(item.available()).isEqualByComparingTo("10");
    }

    @ParameterizedTest(name = "{0} present, {1} absent, {2} excused -> study {3}")
    @CsvSource({
            // xuexi and daily question full (20 of 20) plus collective study sessions of 5 each
            "1, 0, 0, 30",
            "4, 0, 0, 30",        // 40 of 40 available: the paper form would give 40, capped by the group max
            "0, 1, 0, 24",        // 20 of 25
            "2, 1, 0, 25.7143",   // 30 of 35, shown to 4 places
            "0, 0, 1, 30",        // excused: removed from available, 20 of 20
            "0, 1, 1, 24",
            "1, 1, 1, 25"})             // 25 of 30
    void severalSessionsInAMonthEachCountAndTheGroupIsCapped(int present, int absent, int excused, String study) {
        Ledger l = Ledger.formalAllYear(2026).xuexi(2026, 5, 0).daily(2026, 5, 15);
        for (int i = 0; i < present; i++) {
            l.attend("collective_study", "2026-05-0" + (i + 1), "PRESENT");
        }
        for (int i = 0; i < absent; i++) {
            l.attend("collective_study", "2026-05-1" + i, "ABSENT");
        }
        for (int i = 0; i < excused; i++) {
            l.attend("collective_study", "2026-05-2" + i, "EXCUSED");
        }
        GroupResult g = l.year(2026).month(5).group("study");
        assertThat(g.score()).isEqualByComparingTo(study);
        assertThat(g.score()).isLessThanOrEqualTo(g.max());
        assertThat(g.available()).isEqualByComparingTo(String.valueOf(20 + 5 * (present + absent)));
    }

    @ParameterizedTest(name = "other study: {0}")
    @CsvSource({"PRESENT, 5, 5", "ABSENT, 0, 5", "EXCUSED, 0, 0"})
    void otherStudyIsPerSession(String value, String earned, String available) {
        ItemResult item = Ledger.formalAllYear(2026).attend("other_study", "2026-07-03", value)
                .year(2026).month(7).item("other_study");
        assertThat(item.earned()).isEqualByComparingTo(earned);
        assertThat(item.available()).isEqualByComparingTo(available);
    }

    @ParameterizedTest(name = "recorded xuexi={0} daily={1} -> available {2}, score {3}")
    @CsvSource({
            "true, true, 20, 30",
            "true, false, 10, 30",
            "false, true, 10, 30",
            "false, false, 0, 30"})
    void unrecordedMonthlyFiguresAreLeftOutOfAvailable(boolean xuexi, boolean daily, String available, String score) {
        Ledger l = Ledger.formalAllYear(2026);
        if (xuexi) {
            l.xuexi(2026, 2, 0);
        }
        if (daily) {
            l.daily(2026, 2, 15);
        }
        MonthResult m = l.year(2026).month(2);
        assertThat(m.group("study").available()).isEqualByComparingTo(available);
        assertThat(m.group("study").score()).isEqualByComparingTo(score);
        if (!xuexi) {
            assertThat(m.item("xuexi_login").explanation()).isEqualTo("登录学习强国：本月未记录，不计入应得分");
            assertThat(m.item("xuexi_login").applied()).isFalse();
        }
    }
}
