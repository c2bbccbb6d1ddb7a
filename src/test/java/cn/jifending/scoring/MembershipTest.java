package cn.jifending.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** Active months, partial years, member type, and the quarter figures. */
class MembershipTest {

    @ParameterizedTest(name = "spell {0}..{1} -> months {2}..{3}")
    @CsvSource({
            "2026-01-01, , 1, 12",
            "2025-03-01, , 1, 12",
            "2026-05-15, , 5, 12",
            "2026-05-31, , 5, 12",
            "2026-01-01, 2026-08-01, 1, 8",
            "2025-06-01, 2026-02-28, 1, 2",
            "2026-11-30, 2027-05-01, 11, 12"})
    void activeMonthsAreTheMonthsTouchingASpell(String from, String to, int first, int last) {
        YearResult y = new Ledger().member(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "FORMAL")
                .year(2026);
        assertThat(y.activeMonths()).first().isEqualTo(YearMonth.of(2026, first));
        assertThat(y.activeMonths()).last().isEqualTo(YearMonth.of(2026, last));
        assertThat(y.activeMonths()).hasSize(last - first + 1);
        assertThat(y.months()).hasSize(last - first + 1);
    }

    @ParameterizedTest(name = "spell {0}..{1}: no result in 2026")
    @CsvSource({"2025-01-01, 2025-12-31", "2027-01-01, ", "2020-01-01, 2020-03-01"})
    void aYearWithoutAnActiveMonthHasNoResult(String from, String to) {
        Ledger l = new Ledger().member(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "FORMAL")
                .xuexi(2026, 3, 0).featured("grid_work", "2026-03-03", "1");
        assertThat(Ledger.CALCULATOR.year(l.member(), 2026)).isEmpty();
    }

    @Test
    void aMemberWithoutMembershipHasNoResult() {
        Ledger l = new Ledger().xuexi(2026, 3, 0);
        assertThat(Ledger.CALCULATOR.year(l.member(), 2026)).isEmpty();
    }

    @Test
    void aMemberJoiningMidQuarterIsScoredOnActiveMonthsOnly() {
        // joins 2026-05-15; 支部大会 in June, present; a red-letter finding in April is before joining
        Ledger l = new Ledger().member(LocalDate.of(2026, 5, 15), null, "FORMAL")
                .attend("branch_congress", "2026-06-10", "PRESENT")
                .finding("2026-04-20")
                .xuexi(2026, 5, 20).daily(2026, 5, 0);
        YearResult y = l.year(2026);
        assertThat(y.activeMonths()).hasSize(8).first().isEqualTo(YearMonth.of(2026, 5));
        assertThat(y.month(5).item("branch_congress").earned()).isEqualByComparingTo("5");
        assertThat(y.month(6).item("branch_congress").earned()).isEqualByComparingTo("5");
        // May: study 2.5 of 20 -> 3.75; org life 5 of 5 -> 30; political 10 -> 43.75. Other months 70.
        assertThat(y.month(5).base()).isEqualByComparingTo("43.75");
        assertThat(y.base()).isEqualByComparingTo("66.72"); // (43.75 + 7 × 70) / 8 = 66.71875
        QuarterResult q2 = y.quarter(2).orElseThrow();
        assertThat(q2.activeMonths()).isEqualTo(2);
        assertThat(q2.base()).isEqualByComparingTo("56.88"); // (43.75 + 70) / 2 = 56.875, half up
        assertThat(y.quarter(1)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // spells: probationary then formal from July -> formal; left in June while probationary -> probationary
            "became formal in July, PROBATIONARY, 2026-06-30, FORMAL, 2026-07-01, , FORMAL, 12",
            "left while probationary, FORMAL, 2025-12-31, PROBATIONARY, 2026-01-01, 2026-06-15, PROBATIONARY, 6",
            "probationary all year, FORMAL, 2024-12-31, PROBATIONARY, 2025-01-01, , PROBATIONARY, 12",
            "became formal in December, PROBATIONARY, 2026-12-14, FORMAL, 2026-12-15, , FORMAL, 12"})
    void theTypeForTheYearIsTheOneInForceAtItsEnd(String label, String firstType, String firstEnds,
                                                  String secondType, String secondFrom, String secondEnds,
                                                  MemberType expected, int months) {
        Ledger l = new Ledger().member(LocalDate.of(2024, 1, 1), LocalDate.parse(firstEnds), firstType)
                .member(LocalDate.parse(secondFrom), secondEnds == null ? null : LocalDate.parse(secondEnds), secondType);
        YearResult y = l.year(2026);
        assertThat(y.type()).isEqualTo(expected);
        assertThat(y.activeMonths()).hasSize(months);
    }

    @Test
    void theYearBaseIsTheMeanOfActiveMonthsAndQuartersAddTheirFeatured() {
        Ledger l = Ledger.formalAllYear(2026).perfectMonthlyFigures(2026)
                .finding("2026-02-10")
                .featured("volunteer_service", "2026-02-01", "1")
                .featured("grid_work", "2026-11-01", "2");
        YearResult y = l.year(2026);
        assertThat(y.base()).isEqualByComparingTo("69.17"); // (11 × 70 + 60) / 12 = 69.1666…
        assertThat(y.quarter(1).orElseThrow().base()).isEqualByComparingTo("66.67");
        assertThat(y.quarter(1).orElseThrow().featured()).isEqualByComparingTo("1");
        assertThat(y.quarter(1).orElseThrow().total()).isEqualByComparingTo("67.67");
        assertThat(y.quarter(4).orElseThrow().total()).isEqualByComparingTo("72");
        assertThat(y.featured()).isEqualByComparingTo("3");
        assertThat(y.composite()).isEqualByComparingTo("72.17"); // 69.1666… + 3 + 0
        assertThat(y.explain()).contains("年度综合得分：69.17 + 3 + 0 = 72.17 分", "评议分：年度评议尚未进行，暂计 0 分");
    }

    @Test
    void theCompositeIsRoundedHalfUpFromTheExactMean() {
        // 8 active months, May: study 3 (1 of 10) -> base 43; others 70: 533 / 8 = 66.625 -> 66.63 (half even would say 66.62)
        YearResult y = new Ledger().member(LocalDate.of(2026, 5, 1), null, "FORMAL").xuexi(2026, 5, 18).year(2026);
        assertThat(y.month(5).base()).isEqualByComparingTo("43");
        assertThat(y.composite()).isEqualTo(new java.math.BigDecimal("66.63"));
    }
}
