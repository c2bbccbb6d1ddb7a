package cn.jifending.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** A month in progress is provisional wherever a score including it is shown. */
class ProvisionalMonthTest {

    @ParameterizedTest(name = "spell {0}..{1}, today {2} -> {3}")
    @CsvSource({
            "2026-01-01, ,           2026-05-14, 2026-05",
            "2026-01-01, ,           2026-12-31, 2026-12",
            "2026-01-01, ,           2027-01-02, ",          // the year is over: nothing provisional
            "2026-01-01, 2026-03-31, 2026-05-14, ",          // left before this month: not included
            "2026-05-20, ,           2026-05-14, 2026-05",   // joins later this month: the month is active
            "2026-01-01, ,           2025-12-01, "})         // a future year seen from the past
    void theMonthInProgressIsTheCurrentActiveMonth(String from, String to, String today, String expected) {
        YearResult y = new Ledger().member(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "FORMAL")
                .year(2026);
        assertThat(y.monthInProgress(LocalDate.parse(today)))
                .isEqualTo(java.util.Optional.ofNullable(expected).map(YearMonth::parse));
    }
}
