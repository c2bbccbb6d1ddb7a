package cn.jifending.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** 积分运用: tiers and warnings for formal and probationary members, two years below 60. */
class StandingTest {

    static YearResult result(int year, MemberType type, String composite) {
        return new YearResult("m1", "张三", "b1", year, "changzhou-2021", type, List.of(), List.of(), List.of(),
                BigDecimal.ZERO, List.of(), BigDecimal.ZERO, Optional.empty(), BigDecimal.ZERO,
                new BigDecimal(composite), List.of());
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "FORMAL, 100, PRIORITY, ",
            "FORMAL, 80, PRIORITY, ",
            "FORMAL, 79.99, INCENTIVE, ",
            "FORMAL, 70, INCENTIVE, ",
            "FORMAL, 69.99, YELLOW, YELLOW",
            "FORMAL, 60, YELLOW, YELLOW",
            "FORMAL, 59.99, RED, RED",
            "FORMAL, 0, RED, RED",
            "PROBATIONARY, 100, STANDARD, ",
            "PROBATIONARY, 80, STANDARD, ",
            "PROBATIONARY, 79.99, STANDARD, ",
            "PROBATIONARY, 70, STANDARD, ",
            "PROBATIONARY, 69.99, TALK, TALK",
            "PROBATIONARY, 60, TALK, TALK",
            "PROBATIONARY, 59.99, EXTEND_PROBATION, EXTEND_PROBATION",
            "PROBATIONARY, 0, EXTEND_PROBATION, EXTEND_PROBATION"})
    void bandsFollowTheThresholds(MemberType type, String composite, String tier, String warning) {
        Standing s = Standing.assess(Ledger.SCHEME, result(2026, type, composite), Optional.empty());
        assertThat(s.tier()).isEqualTo(tier);
        assertThat(s.warning()).isEqualTo(Optional.ofNullable(warning));
        assertThat(s.consecutiveFlag()).isFalse();
    }

    @ParameterizedTest(name = "{0} this year {1}, {2} last year {3} -> flagged {4}")
    @CsvSource({
            "FORMAL, 59.99, 2025, 59.99, true, RED_TWO_YEARS",
            "FORMAL, 0, 2025, 10, true, RED_TWO_YEARS",
            "FORMAL, 59.99, 2025, 60, false, RED",
            "FORMAL, 60, 2025, 59.99, false, YELLOW",
            "FORMAL, 59.99, 2024, 59.99, false, RED",
            "FORMAL, 59.99, , , false, RED",
            "PROBATIONARY, 59.99, 2025, 59.99, false, EXTEND_PROBATION"})
    void twoConsecutiveYearsBelowSixtyAreFlagged(MemberType type, String composite, Integer lastYear, String last,
                                                 boolean flagged, String warning) {
        Optional<YearResult> previous = lastYear == null ? Optional.empty()
                : Optional.of(result(lastYear, MemberType.FORMAL, last));
        Standing s = Standing.assess(Ledger.SCHEME, result(2026, type, composite), previous);
        assertThat(s.consecutiveFlag()).isEqualTo(flagged);
        assertThat(s.warning()).contains(warning);
    }
}
