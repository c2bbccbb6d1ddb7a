package cn.jifending.scoring.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

class ExactTest {

    @ParameterizedTest(name = "{0}/{1} -> {2} (2 places, half up), shown {3}")
    @CsvSource({
            "1, 3, 0.33, 0.3333",
            "2, 3, 0.67, 0.6667",
            "1, 8, 0.13, 0.125",
            "5, 8, 0.63, 0.625",
            "-1, 8, -0.13, -0.125",
            "660, 25, 26.40, 26.4",
            "900, 35, 25.71, 25.7143",
            "70, 1, 70.00, 70"})
    void roundsHalfUpOnlyAtTheEnd(long num, long den, String rounded, String shown) {
        Exact e = Exact.of(num).dividedBy(Exact.of(den));
        assertThat(e.round(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal(rounded));
        assertThat(e.toDecimal(4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal(shown));
    }

    @ParameterizedTest(name = "1/3 × 3 is exactly 1")
    @CsvSource({"3", "7", "11"})
    void thirdsAndSeventhsStayExact(long n) {
        Exact part = Exact.of(1).dividedBy(Exact.of(n));
        Exact sum = Exact.ZERO;
        for (int i = 0; i < n; i++) {
            sum = sum.plus(part);
        }
        assertThat(sum).isEqualTo(Exact.of(1));
        assertThat(Exact.of(new BigDecimal("2.50"))).isEqualTo(Exact.of(new BigDecimal("2.5")));
    }
}
