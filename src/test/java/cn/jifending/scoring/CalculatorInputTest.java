package cn.jifending.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Facts that do not fit the contract or the scheme are refused, naming the fact. */
class CalculatorInputTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "ATTENDANCE, party_day, MAYBE, 'fact bad (ATTENDANCE), value: ''MAYBE'' is not one of ABSENT/EXCUSED/PRESENT'",
            "ATTENDANCE, xuexi_login, PRESENT, 'fact bad (ATTENDANCE), item: item xuexi_login (rule per_miss_deduction) does not take ATTENDANCE facts'",
            "XUEXI_MISSED_DAYS, xuexi_login, 2.5, 'fact bad (XUEXI_MISSED_DAYS), value: ''2.5'' is not a whole number of 0 or more'",
            "DUES, dues, PAID, 'fact bad (DUES), value: ''PAID'' is not one of LATE/ON_TIME'",
            "FEATURED, branch:, 1, 'fact bad (FEATURED), item: ''branch:'' is not a featured item of scheme changzhou-2021'",
            "FEATURED, grid_work, -1, 'fact bad (FEATURED), value: ''-1'' is not a number of points of 0 or more'",
            "FINDING, integrity, , 'fact bad (FINDING), item: item integrity (rule fixed) does not take FINDING facts'"})
    void aFactThatDoesNotFitIsRefused(FactKind kind, String item, String value, String message) {
        Ledger l = Ledger.formalAllYear(2026).add(Fact.of("bad", kind, item, LocalDate.of(2026, 3, 1), value));
        assertThatThrownBy(() -> l.year(2026)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "facts of {0} are ignored for 2026")
    @CsvSource({"2025", "2027"})
    void factsOfOtherYearsDoNotCount(int year) {
        YearResult y = Ledger.formalAllYear(2026).finding(year + "-03-03").xuexi(year, 3, 20)
                .featured("grid_work", year + "-03-03", "5").year(2026);
        assertThat(y.composite()).isEqualByComparingTo("70");
    }

    @ParameterizedTest(name = "two reviews -> refused")
    @CsvSource({"QUALIFIED, EXCELLENT"})
    void twoReviewsInForceAreRefused(String first, String second) {
        Ledger l = Ledger.formalAllYear(2026).review(2026, first).review(2026, second);
        assertThatThrownBy(() -> l.year(2026)).hasMessageContaining("2 review facts in 2026");
    }

    @ParameterizedTest(name = "featured on {0} and {1}: quarters {2} and {3}")
    @CsvSource({
            "2026-02-01, 2026-05-01, 4, 1",   // grid_work 4 in Q1, then only 1 of room left in Q2
            "2026-05-01, 2026-02-01, 4, 1",   // date order decides, not ledger order
            "2026-02-01, 2026-02-02, 5, 0"})
    void featuredPointsBelongToTheQuarterOfTheirDate(String firstDate, String secondDate, String q1, String q2) {
        YearResult y = Ledger.formalAllYear(2026)
                .featured("grid_work", firstDate, "4").featured("grid_work", secondDate, "4").year(2026);
        assertThat(y.quarter(1).orElseThrow().featured()).isEqualByComparingTo(q1);
        assertThat(y.quarter(2).orElseThrow().featured()).isEqualByComparingTo(q2);
        assertThat(y.featured()).isEqualByComparingTo("5");
    }
}
