package cn.jifending.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** 特色分 capped per item and for the part, branch items under 支部自选; 评议分 grades. */
class FeaturedAndReviewTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "grid_work:1                                   | 1",
            "grid_work:3 grid_work:3                       | 5",
            "volunteer_service:1 volunteer_service:4.5     | 5",
            "branch:pioneer:6 branch:writing:6             | 10",
            "branch:pioneer:2.5 grid_work:1                | 3.5",
            "grid_work:9 volunteer_service:9 branch:a:19   | 20",
            "grid_work:0                                   | 0"})
    void featuredPointsAreCappedPerItemAndForThePart(String declarations, String expected) {
        Ledger l = Ledger.formalAllYear(2026);
        int day = 1;
        for (String d : declarations.trim().split(" +")) {
            int cut = d.lastIndexOf(':');
            l.featured(d.substring(0, cut), "2026-03-" + String.format("%02d", day++), d.substring(cut + 1));
        }
        YearResult y = l.year(2026);
        assertThat(y.featured()).isEqualByComparingTo(expected);
        assertThat(y.featuredItems().stream().map(FeaturedResult::counted).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo(expected);
        for (FeaturedResult f : y.featuredItems()) {
            assertThat(f.counted()).isLessThanOrEqualTo(f.max());
        }
        assertThat(Arrays.asList(declarations.split(" +"))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"EXCELLENT, 10", "QUALIFIED, 7", "BASIC, 5", "UNQUALIFIED, 0"})
    void reviewGradesGiveTheirPoints(String grade, String points) {
        YearResult y = Ledger.formalAllYear(2026).perfectMonthlyFigures(2026).review(2026, grade).year(2026);
        assertThat(y.review()).isEqualByComparingTo(points);
        assertThat(y.reviewGrade()).contains(grade);
        assertThat(y.composite()).isEqualByComparingTo(new java.math.BigDecimal("70").add(new java.math.BigDecimal(points)));
    }

    @ParameterizedTest(name = "perfect year with {0} featured and review {1} -> {2}")
    @CsvSource({"20, EXCELLENT, 100", "0, EXCELLENT, 80", "20, UNQUALIFIED, 90"})
    void aPerfectYearIsAHundred(String featured, String grade, String composite) {
        Ledger l = Ledger.formalAllYear(2026).perfectMonthlyFigures(2026).review(2026, grade);
        if (!featured.equals("0")) {
            l.featured("grid_work", "2026-04-01", "5").featured("volunteer_service", "2026-04-02", "5")
                    .featured("branch:x", "2026-04-03", "10");
        }
        assertThat(l.year(2026).composite()).isEqualByComparingTo(composite);
    }
}
