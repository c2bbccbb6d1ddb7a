package cn.jifending.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Branch items keep their own yearly cap, inside the scheme's cap for all branch items (10). */
class BranchItemCapsTest {

    static final List<BranchItem> ITEMS = List.of(
            new BranchItem("branch:1", "b1", 2026, "信息撰稿", new BigDecimal("2"), new BigDecimal("4"), "admin",
                    LocalDate.of(2026, 1, 20)),
            new BranchItem("branch:2", "b1", 2026, "排头兵", new BigDecimal("3"), new BigDecimal("6"), "admin",
                    LocalDate.of(2026, 1, 20)));

    @ParameterizedTest(name = "branch:1 {0}, branch:2 {1} -> {2}")
    @CsvSource({
            "2, 0, 2",
            "4, 0, 4",
            "6, 0, 4",       // own cap 4
            "6, 9, 10",      // 4 + 6
            "0, 9, 6",       // own cap 6
            "3, 3, 6"})
    void eachBranchItemIsCappedAtItsOwnCap(String first, String second, String counted) {
        Ledger l = Ledger.formalAllYear(2026).featured("branch:1", "2026-03-01", first)
                .featured("branch:2", "2026-04-01", second);
        YearResult y = Ledger.CALCULATOR.year(l.member(), 2026, ITEMS).orElseThrow();
        assertThat(y.featured()).isEqualByComparingTo(counted);
    }

    @ParameterizedTest(name = "without definitions only the scheme's cap of 10 holds: {0} -> {1}")
    @CsvSource({"6, 6", "12, 10"})
    void withoutDefinitionsTheSchemeCapHolds(String points, String counted) {
        Ledger l = Ledger.formalAllYear(2026).featured("branch:1", "2026-03-01", points);
        assertThat(l.year(2026).featured()).isEqualByComparingTo(counted);
    }
}
