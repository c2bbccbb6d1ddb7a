package cn.jifending.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 组织生活: 支部大会 spread over the quarter, monthly meetings, sessions, 党费 zeroing the quarter. */
class OrgLifeRulesTest {

    @ParameterizedTest(name = "支部大会 on {0}, {1}: months {2}-{3} earn {4}")
    @CsvSource({
            "2026-04-08, PRESENT, 4, 6, 5",
            "2026-05-20, PRESENT, 4, 6, 5",
            "2026-06-30, PRESENT, 4, 6, 5",
            "2026-04-08, ABSENT, 4, 6, 0",
            "2026-05-20, ABSENT, 4, 6, 0",
            "2026-06-30, ABSENT, 4, 6, 0",
            "2026-01-15, PRESENT, 1, 3, 5",
            "2026-12-01, PRESENT, 10, 12, 5"})
    void branchCongressCountsInEachMonthOfItsQuarter(String date, String value, int first, int last, String earned) {
        YearResult y = Ledger.formalAllYear(2026).attend("branch_congress", date, value).year(2026);
        for (int m = 1; m <= 12; m++) {
            ItemResult item = y.month(m).item("branch_congress");
            boolean inQuarter = m >= first && m <= last;
            assertThat(item.applied()).as("month %d", m).isEqualTo(inQuarter);
            assertThat(item.available()).as("month %d", m).isEqualByComparingTo(inQuarter ? "5" : "0");
            assertThat(item.earned()).as("month %d", m).isEqualByComparingTo(inQuarter ? earned : "0");
        }
    }

    @ParameterizedTest(name = "支部大会 excused in month {0} of Q3")
    @CsvSource({"7", "8", "9"})
    void excusedBranchCongressIsRemovedFromTheWholeQuarter(int month) {
        YearResult y = Ledger.formalAllYear(2026).attend("branch_congress", "2026-0" + month + "-10", "EXCUSED").year(2026);
        for (int m = 7; m <= 9; m++) {
            assertThat(y.month(m).item("branch_congress").available()).isEqualByComparingTo("0");
            assertThat(y.month(m).item("branch_congress").explanation()).isEqualTo("支部大会：已请假，不计入应得分");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "group_meeting, PRESENT, 5, 5",
            "group_meeting, ABSENT, 0, 5",
            "group_meeting, EXCUSED, 0, 0",
            "party_day, PRESENT, 5, 5",
            "party_day, ABSENT, 0, 5",
            "party_day, EXCUSED, 0, 0",
            "party_lecture, PRESENT, 5, 5",
            "party_lecture, ABSENT, 0, 5",
            "org_life_meeting, PRESENT, 5, 5",
            "org_life_meeting, EXCUSED, 0, 0"})
    void meetingsEarnTheirPointsWhenPresent(String item, String value, String earned, String available) {
        ItemResult r = Ledger.formalAllYear(2026).attend(item, "2026-09-09", value).year(2026).month(9).item(item);
        assertThat(r.earned()).isEqualByComparingTo(earned);
        assertThat(r.available()).isEqualByComparingTo(available);
    }

    @ParameterizedTest(name = "{0} twice in a month: {1} and {2} -> {3} of {4}")
    @CsvSource({
            "group_meeting, PRESENT, ABSENT, 5, 10",
            "group_meeting, PRESENT, PRESENT, 10, 10",
            "group_meeting, ABSENT, ABSENT, 0, 10",
            "group_meeting, EXCUSED, PRESENT, 5, 5",
            "group_meeting, EXCUSED, ABSENT, 0, 5",
            "group_meeting, EXCUSED, EXCUSED, 0, 0",
            "party_day, PRESENT, ABSENT, 5, 10",
            "party_day, PRESENT, PRESENT, 10, 10",
            "party_day, EXCUSED, EXCUSED, 0, 0",
            "party_lecture, PRESENT, ABSENT, 5, 10",
            "org_life_meeting, ABSENT, PRESENT, 5, 10"})
    void everyMeetingCountsPerSessionHeld(String item, String first, String second, String earned, String available) {
        ItemResult r = Ledger.formalAllYear(2026).attend(item, "2026-09-02", first)
                .attend(item, "2026-09-23", second).year(2026).month(9).item(item);
        assertThat(r.earned()).isEqualByComparingTo(earned);
        assertThat(r.available()).isEqualByComparingTo(available);
    }

    @Test
    void twoGroupMeetingsInAMonthExplainBothSessions() {
        ItemResult r = Ledger.formalAllYear(2026).attend("group_meeting", "2026-09-02", "PRESENT")
                .attend("group_meeting", "2026-09-23", "ABSENT").year(2026).month(9).item("group_meeting");
        assertThat(r.explanation()).isEqualTo("党小组会：本月举行 2 次（出席 1、缺席 1、请假 0），每次 5 分 → 得 5 分（应得 10 分）");
    }

    @ParameterizedTest(name = "支部大会 twice in Q2: {0} and {1} -> {2} of {3} in each month")
    @CsvSource({
            "PRESENT, PRESENT, 10, 10",
            "PRESENT, ABSENT, 5, 10",
            "ABSENT, ABSENT, 0, 10",
            "EXCUSED, PRESENT, 5, 5",
            "EXCUSED, EXCUSED, 0, 0"})
    void twoBranchCongressesInAQuarterAreTwoSessionsSpreadOverItsMonths(String first, String second,
                                                                       String earned, String available) {
        YearResult y = Ledger.formalAllYear(2026).attend("branch_congress", "2026-04-08", first)
                .attend("branch_congress", "2026-06-17", second).year(2026);
        for (int m = 4; m <= 6; m++) {
            assertThat(y.month(m).item("branch_congress").earned()).as("month %d", m).isEqualByComparingTo(earned);
            assertThat(y.month(m).item("branch_congress").available()).as("month %d", m).isEqualByComparingTo(available);
        }
        assertThat(y.month(7).item("branch_congress").applied()).isFalse();
    }

    @Test
    void aSecondSessionIsStillCappedByTheGroupMax() {
        Ledger l = Ledger.formalAllYear(2026).dues(2026, 3, "ON_TIME");
        for (String item : new String[]{"branch_congress", "party_lecture", "group_meeting", "party_day", "org_life_meeting"}) {
            l.attend(item, "2026-03-04", "PRESENT").attend(item, "2026-03-25", "PRESENT");
        }
        GroupResult g = l.year(2026).month(3).group("org_life");
        assertThat(g.earned()).isEqualByComparingTo("55");
        assertThat(g.available()).isEqualByComparingTo("55");
        assertThat(g.score()).isEqualByComparingTo("30");
    }

    @ParameterizedTest(name = "joins {0}; 支部大会 on {1} ({2}) -> May/June {3} of {4}")
    @CsvSource({
            // the quarter's congress was held before the member joined: it does not apply at all
            "2026-05-01, 2026-04-08, PRESENT, 0, 0",
            "2026-05-01, 2026-04-08, ABSENT, 0, 0",
            "2026-04-09, 2026-04-08, ABSENT, 0, 0",
            // held on the joining day or later: it applies to every active month of the quarter
            "2026-04-08, 2026-04-08, PRESENT, 5, 5",
            "2026-05-01, 2026-06-10, ABSENT, 0, 5"})
    void aBranchCongressHeldBeforeJoiningDoesNotApply(String joined, String held, String value,
                                                      String earned, String available) {
        YearResult y = new Ledger().member(java.time.LocalDate.parse(joined), null, "FORMAL")
                .attend("branch_congress", held, value).year(2026);
        for (int m = 5; m <= 6; m++) {
            assertThat(y.month(m).item("branch_congress").earned()).as("month %d", m).isEqualByComparingTo(earned);
            assertThat(y.month(m).item("branch_congress").available()).as("month %d", m).isEqualByComparingTo(available);
        }
    }

    @Test
    void aMeetingHeldAfterLeavingDoesNotApply() {
        YearResult y = new Ledger().member(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2026, 9, 10), "FORMAL")
                .attend("group_meeting", "2026-09-05", "PRESENT").attend("group_meeting", "2026-09-20", "ABSENT")
                .year(2026);
        assertThat(y.month(9).item("group_meeting").earned()).isEqualByComparingTo("5");
        assertThat(y.month(9).item("group_meeting").available()).isEqualByComparingTo("5");
    }

    @ParameterizedTest(name = "late dues in {0}")
    @CsvSource({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"})
    void aLatePaymentZeroesEveryMonthOfItsQuarter(int lateMonth) {
        Ledger l = Ledger.formalAllYear(2026);
        for (int m = 1; m <= 12; m++) {
            l.dues(2026, m, m == lateMonth ? "LATE" : "ON_TIME");
        }
        YearResult y = l.year(2026);
        int quarter = (lateMonth - 1) / 3;
        for (int m = 1; m <= 12; m++) {
            ItemResult dues = y.month(m).item("dues");
            assertThat(dues.available()).as("month %d", m).isEqualByComparingTo("5");
            assertThat(dues.earned()).as("month %d", m).isEqualByComparingTo((m - 1) / 3 == quarter ? "0" : "5");
        }
    }

    @Test
    void aLatePaymentZeroesMonthsOfTheQuarterNotYetRecorded() {
        YearResult y = Ledger.formalAllYear(2026).dues(2026, 1, "LATE").year(2026);
        assertThat(y.month(2).item("dues").available()).isEqualByComparingTo("5");
        assertThat(y.month(2).item("dues").earned()).isEqualByComparingTo("0");
        assertThat(y.month(2).item("dues").explanation()).isEqualTo("党费缴纳：本季度 2026-01 延期缴纳，本季度每月 0 分 → 得 0 分（应得 5 分）");
        assertThat(y.month(4).item("dues").applied()).isFalse();
    }

    @Test
    void aMonthWithNothingOfTheGroupGivesFullMarks() {
        GroupResult g = Ledger.formalAllYear(2026).year(2026).month(8).group("org_life");
        assertThat(g.nothingApplied()).isTrue();
        assertThat(g.score()).isEqualByComparingTo("30");
        assertThat(g.explanation()).isEqualTo("组织生活（满分 30）：本月党费缴纳未记录，其余项目本月不适用，按满分 30 分暂计");
    }

    @Test
    void aMonthWithNothingRecordedSaysSoAndIsNotCalledNotApplicable() {
        YearResult y = Ledger.formalAllYear(2026).year(2026);
        GroupResult study = y.month(3).group("study");
        assertThat(study.score()).isEqualByComparingTo("30");
        assertThat(study.explanation())
                .isEqualTo("政治学习（满分 30）：本月登录学习强国、完成每日一题未记录，其余项目本月不适用，按满分 30 分暂计")
                .doesNotContain("无适用项目");
        GroupResult recorded = Ledger.formalAllYear(2026).xuexi(2026, 3, 0).daily(2026, 3, 30).year(2026)
                .month(3).group("study");
        assertThat(recorded.explanation()).startsWith("政治学习（满分 30）：实得").doesNotContain("未记录");
    }

    @Test
    void everyEventHeldAndAttendedIsThePaperFormsThirty() {
        Ledger l = Ledger.formalAllYear(2026).dues(2026, 3, "ON_TIME");
        for (String item : new String[]{"branch_congress", "party_lecture", "group_meeting", "party_day", "org_life_meeting"}) {
            l.attend(item, "2026-03-11", "PRESENT");
        }
        GroupResult g = l.year(2026).month(3).group("org_life");
        assertThat(g.available()).isEqualByComparingTo("30");
        assertThat(g.score()).isEqualByComparingTo("30");
    }
}
