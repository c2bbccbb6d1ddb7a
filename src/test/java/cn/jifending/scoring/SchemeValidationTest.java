package cn.jifending.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped scheme holds src/docs/scoring.md's numbers; broken scheme files are rejected with file and line. */
class SchemeValidationTest {

    static String builtInText() throws IOException {
        try (InputStream in = Scheme.class.getClassLoader().getResourceAsStream(Scheme.BUILT_IN_2021)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertThat(at).as("fragment %s", fragment).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static Stream<Arguments> brokenSchemes() {
        return Stream.of(
                Arguments.of("unknown rule kind", "rule: per_session_attendance", "rule: per_sessoin_attendance",
                        "rule: per_sessoin_attendance", "unknown rule kind 'per_sessoin_attendance'"),
                Arguments.of("group cap vs its items", "      max: 30\n      items:\n        - code: xuexi_login",
                        "      max: 31\n      items:\n        - code: xuexi_login", "max: 31",
                        "full points of the items of group study add up to 30, not the declared 31"),
                Arguments.of("groups vs base part", "  max: 70", "  max: 75", "max: 75",
                        "base groups add up to 70, not the declared 75"),
                Arguments.of("featured part", "  max: 20", "  max: 25", "max: 25",
                        "featured items add up to 20, not the declared 25"),
                Arguments.of("featured item cap", "      max: 5\n      default_points: 1",
                        "      max: 6\n      default_points: 1", "  max: 20",
                        "featured items add up to 21, not the declared 20"),
                Arguments.of("review part", "  max: 10\n  rule: graded", "  max: 12\n  rule: graded", "max: 12",
                        "review max 12 does not equal the best grade's points 10"),
                Arguments.of("total", "total: 100", "total: 90", "total: 90",
                        "parts base + featured + review add up to 100, not the declared 90"),
                Arguments.of("negative full points", "full: 10", "full: -10", "full: -10",
                        "negative points for xuexi_login: -10"),
                Arguments.of("negative parameter", "per_miss: 0.5", "per_miss: -0.5", "per_miss: -0.5",
                        "negative points for xuexi_login.per_miss: -0.5"),
                Arguments.of("negative grade", "points: 5}", "points: -5}", "points: -5}",
                        "negative points for grade BASIC: -5"),
                Arguments.of("duplicate item code", "code: other_study", "code: collective_study",
                        "code: collective_study\n          name: 其他", "duplicate item code 'collective_study'"),
                Arguments.of("parameter typo", "per_point: 0.5", "per_pt: 0.5", "per_pt: 0.5",
                        "unknown key 'per_pt'"),
                Arguments.of("parameter of another rule", "rule: fixed\n", "rule: fixed\n          floor: 0\n",
                        "floor: 0\n        - code: integrity", "parameter 'floor' does not apply to rule fixed"),
                Arguments.of("missing parameter", "          target: 15\n", "", "- code: daily_question",
                        "missing key 'target'"),
                Arguments.of("years", "years: 2021-", "years: twenty", "years: twenty",
                        "years must look like 2021, 2021- or 2021-2025"),
                Arguments.of("bands out of order", "{min: 70, tier: INCENTIVE", "{min: 85, tier: INCENTIVE",
                        "{min: 85, tier: INCENTIVE", "band minimums must fall strictly"),
                Arguments.of("default above cap", "default_points: 1\n    - code: volunteer_service",
                        "default_points: 6\n    - code: volunteer_service", "default_points: 6",
                        "default_points of grid_work exceed its max 5"),
                Arguments.of("rule of another part", "rule: fixed\n", "rule: graded\n", "rule: graded",
                        "rule kind graded is not a base item rule"),
                Arguments.of("duplicate key", "title: ", "title: x\ntitle: ", "title: 常州",
                        "duplicate key 'title'"),
                Arguments.of("rounding scale", "scale: 2 ", "scale: 2.5 ", "scale: 2.5",
                        "rounding scale must be a whole number from 0 to 10: 2.5"),
                Arguments.of("rounding mode", "mode: HALF_UP", "mode: HALF_SIDEWAYS", "mode: HALF_SIDEWAYS",
                        "unknown rounding mode 'HALF_SIDEWAYS'"),
                // a YAML syntax error is reported where the parser notices it: the next key
                Arguments.of("not yaml", "  max: 70", "  max: [70", "  groups:", "not valid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSchemes")
    void aBrokenSchemeIsRejectedNamingFileAndLine(String label, String find, String replace, String lineAt,
                                                 String problem) throws IOException {
        String text = builtInText();
        assertThat(text).contains(find);
        String broken = text.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace));
        int line = lineOf(broken, lineAt);
        assertThatThrownBy(() -> Scheme.parse("bad.yaml", new StringReader(broken)))
                .isInstanceOf(SchemeException.class)
                .hasMessageStartingWith("bad.yaml:" + line + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((SchemeException) e).source()).isEqualTo("bad.yaml"));
    }

    @Test
    void loadingAFileNamesItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("changzhou-2027.yaml");
        Files.writeString(file, builtInText().replace("rule: monthly_attendance", "rule: weekly"));
        assertThatThrownBy(() -> Scheme.load(file))
                .isInstanceOf(SchemeException.class)
                .hasMessageStartingWith(file + ":" + lineOf(Files.readString(file), "rule: weekly") + ": unknown rule kind 'weekly'");
    }

    @Test
    void theShippedSchemeHoldsScoringMdsNumbers() {
        Scheme s = Scheme.builtIn2021();
        assertThat(s.total()).isEqualByComparingTo("100");
        assertThat(s.base().max()).isEqualByComparingTo("70");
        assertThat(s.featured().max()).isEqualByComparingTo("20");
        assertThat(s.review().max()).isEqualByComparingTo("10");
        assertThat(s.groups()).extracting(Scheme.Group::code).containsExactly("study", "org_life", "political");
        assertThat(s.groups()).extracting(g -> g.max().intValue()).containsExactly(30, 30, 10);
        assertThat(s.item("daily_question").orElseThrow().param("target")).isEqualByComparingTo("15");
        assertThat(s.item("violation").orElseThrow().param("deduction")).isEqualByComparingTo("10");
        assertThat(s.featuredItemFor("branch:pioneer").orElseThrow().code()).isEqualTo("branch_item");
        assertThat(s.featuredItemFor("grid_work").orElseThrow().defaultPoints()).isEqualByComparingTo("1");
        assertThat(s.grades()).extracting(Scheme.Grade::points).extracting(BigDecimal::intValue)
                .containsExactly(10, 7, 5, 0);
        assertThat(s.years().covers(2021)).isTrue();
        assertThat(s.years().covers(2026)).isTrue();
        assertThat(s.years().covers(2020)).isFalse();
        assertThat(s.scale()).isEqualTo(2);
        // every item code of src/docs/recompute.md (review is the review part)
        for (String code : new String[]{"xuexi_login", "daily_question", "collective_study", "other_study",
                "branch_congress", "party_lecture", "group_meeting", "party_day", "org_life_meeting", "dues",
                "four_consciousness", "integrity", "law_abiding", "ideology", "violation"}) {
            assertThat(s.item(code)).as(code).isPresent();
        }
    }
}
