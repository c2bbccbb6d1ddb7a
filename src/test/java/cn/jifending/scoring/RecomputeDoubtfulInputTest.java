package cn.jifending.scoring;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: everything doubtful in a ledger export is an error naming file, row and column, exit 1. */
class RecomputeDoubtfulInputTest {

    static final String MEMBER = "1,MEMBERSHIP,b1,1,甲,,2026-01-01,,FORMAL,,,,,";

    @TempDir
    Path dir;
    Path scheme;
    Path ledger;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws IOException {
        scheme = dir.resolve("changzhou-2021.yaml");
        Files.writeString(scheme, SchemeValidationTest.builtInText());
        ledger = dir.resolve("ledger.csv");
    }

    int run(String content, String... extra) throws IOException {
        Files.writeString(ledger, content);
        String[] base = {"--scheme", scheme.toString(), "--ledger", ledger.toString(), "--year", "2026"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return RecomputeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static String rows(String rows) {
        return RecomputeCommandTest.HEADER + "\r\n" + MEMBER + "\r\n" + rows.replace(" ; ", "\r\n").trim() + "\r\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "reversal of a fact not in the file | 2,REVERSAL,b1,1,甲,,2026-03-03,,,99,,,,"
                    + " | row 2 (line 3), column corrects: reverses fact 99, which is not in the file",
            "correction of a fact not in the file | 2,DUES,b1,1,甲,dues,2026-03-01,,LATE,99,,,,"
                    + " | row 2 (line 3), column corrects: corrects fact 99, which is not in the file",
            "two figures of one member-month | 2,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-03-01,,3,,,,, ;"
                    + " 3,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-03-01,,2,,,,,"
                    + " | row 3 (line 4), column occurred_on: a second XUEXI_MISSED_DAYS figure of member 1 for 2026-03"
                    + " is in force (the first is FILE row 2 (line 3)); one must correct the other",
            "two dues figures | 2,DUES,b1,1,甲,dues,2026-05-01,,ON_TIME,,,,, ; 3,DUES,b1,1,甲,dues,2026-05-01,,LATE,,,,,"
                    + " | row 3 (line 4), column occurred_on: a second DUES figure of member 1 for 2026-05"
                    + " is in force (the first is FILE row 2 (line 3)); one must correct the other",
            "two daily-question figures | 2,DAILY_QUESTION_POINTS,b1,1,甲,daily_question,2026-05-01,,15,,,,, ;"
                    + " 3,DAILY_QUESTION_POINTS,b1,1,甲,daily_question,2026-05-01,,3,,,,,"
                    + " | row 3 (line 4), column occurred_on: a second DAILY_QUESTION_POINTS figure of member 1 for 2026-05"
                    + " is in force (the first is FILE row 2 (line 3)); one must correct the other",
            "missed days over the month | 2,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-02-01,,29,,,,,"
                    + " | row 2 (line 3), column value: 29 days missed is more than the 28 days of 2026-02",
            "missed days not on the 1st | 2,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-03-15,,2,,,,,"
                    + " | row 2 (line 3), column occurred_on: XUEXI_MISSED_DAYS figures are dated the 1st of their month,"
                    + " not 2026-03-15",
            "dues not on the 1st | 2,DUES,b1,1,甲,dues,2026-03-31,,ON_TIME,,,,,"
                    + " | row 2 (line 3), column occurred_on: DUES figures are dated the 1st of their month, not 2026-03-31",
            "facts without membership | 2,XUEXI_MISSED_DAYS,b1,7,乙,xuexi_login,2026-03-01,,2,,,,, ;"
                    + " 3,DUES,b1,7,乙,dues,2026-03-01,,LATE,,,,,"
                    + " | row 2 (line 3), column member_id: member 7 has 2 facts but no MEMBERSHIP row: their facts"
                    + " cannot be scored",
            "two reviews in force | 2,REVIEW,b1,1,甲,review,2026-01-01,,EXCELLENT,,,,, ; 3,REVIEW,b1,1,甲,review,2026-01-01,,BASIC,,,,,"
                    + " | row 3 (line 4), column value: a second REVIEW of member 1 for 2026 is in force"
                    + " (the first is FILE row 2 (line 3)); one must correct the other",
            "correction cycle | 2,DUES,b1,1,甲,dues,2026-03-01,,LATE,3,,,, ; 3,DUES,b1,1,甲,dues,2026-03-01,,ON_TIME,2,,,,"
                    + " | row 2 (line 3), column corrects: corrections form a cycle through facts 2 → 3 → 2"
                    + " (rows: FILE row 2 (line 3); FILE row 3 (line 4))",
            "branch item over its own cap | I5,BRANCH_ITEM,b1,,,branch:5,2026-01-20,,2/4,,admin,,BRANCH_ITEM:5,信息撰稿 ;"
                    + " 2,FEATURED,b1,1,甲,branch:5,2026-02-01,,2,,,,, ; 3,FEATURED,b1,1,甲,branch:5,2026-03-01,,2,,,,, ;"
                    + " 4,FEATURED,b1,1,甲,branch:5,2026-04-01,,1,,,,,"
                    + " | row 5 (line 6), column value: brings branch:5 (信息撰稿) to 5 points in 2026, over its yearly cap of 4",
            "branch item without definition | 2,FEATURED,b1,1,甲,branch:5,2026-02-01,,2,,,,,"
                    + " | row 2 (line 3), column item: branch item branch:5 has no BRANCH_ITEM row (its definition) in the file",
            "branch caps over ten | I5,BRANCH_ITEM,b1,,,branch:5,2026-01-20,,2/6,,admin,,BRANCH_ITEM:5,信息撰稿 ;"
                    + " I6,BRANCH_ITEM,b1,,,branch:6,2026-01-20,,1/5,,admin,,BRANCH_ITEM:6,排头兵"
                    + " | row 3 (line 4), column value: the caps of branch b1's items add up to 11, over 10"
                    + " (rows: FILE row 2 (line 3); FILE row 3 (line 4))",
            "branch item points over its cap | I5,BRANCH_ITEM,b1,,,branch:5,2026-01-20,,5/4,,admin,,BRANCH_ITEM:5,信息撰稿"
                    + " | row 2 (line 3), column value: points 5 and cap 4 must be above 0, points not above the cap",
            "branch item value | I5,BRANCH_ITEM,b1,,,branch:5,2026-01-20,,2,,admin,,BRANCH_ITEM:5,信息撰稿"
                    + " | row 2 (line 3), column value: '2' is not <points per occurrence>/<yearly cap>, e.g. 2/6",
            "branch item defined twice | I5,BRANCH_ITEM,b1,,,branch:5,2026-01-20,,2/4,,admin,,BRANCH_ITEM:5,信息撰稿 ;"
                    + " I6,BRANCH_ITEM,b1,,,branch:5,2026-01-20,,2/4,,admin,,BRANCH_ITEM:5,信息撰稿"
                    + " | row 3 (line 4), column item: branch item branch:5 is defined more than once"})
    void aDoubtfulInputIsAnError(String label, String rows, String message) throws IOException {
        int code = run(rows(rows));
        assertThat(stderr()).isEqualTo("recompute: " + ledger + " " + message.replace("FILE", ledger.toString())
                + System.lineSeparator());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a correction replacing a figure | 2,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-03-01,,3,,,,, ;"
                    + " 3,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-03-01,,2,2,,,, | 69.75",
            "a reversed figure and a new one | 2,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-03-01,,3,,,,, ;"
                    + " 3,REVERSAL,b1,1,甲,,2026-03-01,,,2,,,, ; 4,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-03-01,,20,,,,, | 67.50",
            "branch item within its caps | I5,BRANCH_ITEM,b1,,,branch:5,2026-01-20,,2/4,,admin,,BRANCH_ITEM:5,信息撰稿 ;"
                    + " 2,FEATURED,b1,1,甲,branch:5,2026-02-01,,2,,,,, ; 3,FEATURED,b1,1,甲,branch:5,2026-03-01,,2,,,,, | 74.00"})
    void whatIsCertainIsScored(String label, String rows, String composite) throws IOException {
        int code = run(rows(rows));
        assertThat(stderr()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1,甲,").contains("," + composite + ",");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty file | | FILE: the file is empty; a ledger export starts with the header " + "HEADER",
            "header only | HEADER | FILE: the file has the header but no rows: nothing to recompute",
            "missing column | fact_id,kind,branch_id,member_name,item,occurred_on,ends_on,value,corrects,recorded_by,recorded_at,source,reason"
                    + " | FILE line 1: column member_id is missing (expected as column 4); the header must be exactly HEADER",
            "misplaced column | fact_id,kind,member_id,branch_id,member_name,item,occurred_on,ends_on,value,corrects,recorded_by,recorded_at,source,reason"
                    + " | FILE line 1: column branch_id is column 4, expected as column 3; the header must be exactly HEADER",
            "extra column | HEADER,note | FILE line 1: column note is not a column of the ledger export; the header must be exactly HEADER"})
    void anEmptyOrBadlyHeadedFileSaysSo(String label, String content, String message) throws IOException {
        String header = RecomputeCommandTest.HEADER;
        int code = run(content == null ? "" : content.replace("HEADER", header) + "\r\n");
        assertThat(stderr()).isEqualTo("recompute: " + message.replace("HEADER", header).replace("FILE", ledger.toString())
                + System.lineSeparator());
        assertThat(code).isEqualTo(1);
    }

    @Test
    void explainPrintsOneMembersYearWithRulesAndFacts() throws IOException {
        int code = run(rows("2,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-03-01,,3,,,,, ;"
                + " 3,ATTENDANCE,b1,1,甲,group_meeting,2026-03-04,,PRESENT,,,,, ;"
                + " 4,ATTENDANCE,b1,1,甲,group_meeting,2026-03-25,,ABSENT,,,,,"), "--explain", "1");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(stderr()).isEmpty();
        assertThat(code).isZero();
        assertThat(printed).startsWith("member 1 甲, 2026, scheme changzhou-2021, FORMAL, active months 12")
                .contains("年度综合得分：", "第 1 季度：", "2026-03 基础分：",
                        "    登录学习强国：未登录 3 天，每天扣 0.5 分，最低 0 分 → 得 8.5 分（应得 10 分） [xuexi_login,"
                                + " rule per_miss_deduction, facts 2]",
                        "    党小组会：本月举行 2 次（出席 1、缺席 1、请假 0），每次 5 分 → 得 5 分（应得 10 分） [group_meeting,"
                                + " rule monthly_attendance, facts 3 4]")
                .doesNotContain("member_id,name");
    }

    @Test
    void explainOfAnUnknownMemberIsAnError() throws IOException {
        assertThat(run(rows(""), "--explain", "42")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("recompute: member 42 has no rows in " + ledger + System.lineSeparator());
    }
}
