package cn.jifending.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each year is computed with its own scheme. */
class SchemeRegistryTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2020, ", "2021, changzhou-2021", "2026, changzhou-2021", "2027, changzhou-2027", "2040, changzhou-2027"})
    void aNewerSchemeTakesOverFromItsFirstYear(int year, String expected) throws IOException {
        Scheme newer = Scheme.parse("changzhou-2027.yaml", new StringReader(SchemeValidationTest.builtInText()
                .replace("scheme: changzhou-2021", "scheme: changzhou-2027").replace("years: 2021-", "years: 2027-")));
        SchemeRegistry registry = SchemeRegistry.of(List.of(Scheme.builtIn2021(), newer));
        assertThat(registry.find(year).map(Scheme::name)).isEqualTo(java.util.Optional.ofNullable(expected));
        if (expected == null) {
            assertThatThrownBy(() -> registry.forYear(year)).hasMessageContaining("no scheme covers year " + year);
        }
    }

    @ParameterizedTest(name = "years: {0} covers {1}: {2}")
    @CsvSource({"2021, 2021, true", "2021, 2022, false", "2021-2023, 2023, true", "2021-2023, 2024, false",
            "2021-, 2099, true"})
    void yearsDeclareCoverage(String years, int year, boolean covered) throws IOException {
        Scheme s = Scheme.parse("s.yaml", new StringReader(SchemeValidationTest.builtInText()
                .replace("years: 2021-", "years: " + years)));
        assertThat(s.years().covers(year)).isEqualTo(covered);
    }
}
