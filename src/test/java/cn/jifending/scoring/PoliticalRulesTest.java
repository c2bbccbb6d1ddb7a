package cn.jifending.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 政治建设: four fixed items of 2.5, −10 per finding in the month of the finding, floor 0. */
class PoliticalRulesTest {

    @ParameterizedTest(name = "{0} findings on {1}")
    @CsvSource({
            "0, 2026-06-15, 10",
            "1, 2026-06-15, 0",
            "2, 2026-06-15, 0",
            "1, 2026-06-01, 0",
            "1, 2026-06-30, 0"})
    void aFindingDeductsTenInItsMonthOnly(int findings, String date, String june) {
        Ledger l = Ledger.formalAllYear(2026);
        for (int i = 0; i < findings; i++) {
            l.finding(date);
        }
        YearResult y = l.year(2026);
        assertThat(y.month(6).group("political").score()).isEqualByComparingTo(june);
        assertThat(y.month(6).group("political").score().signum()).isGreaterThanOrEqualTo(0);
        assertThat(y.month(5).group("political").score()).isEqualByComparingTo("10");
        assertThat(y.month(7).group("political").score()).isEqualByComparingTo("10");
        assertThat(y.month(6).group("political").available()).isEqualByComparingTo("10");
    }
}
