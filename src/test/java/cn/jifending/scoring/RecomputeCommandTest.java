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

/** The auditor's recompute, end to end on a ledger export written here. */
class RecomputeCommandTest {

    static final String HEADER = "fact_id,kind,branch_id,member_id,member_name,item,occurred_on,ends_on,value,"
            + "corrects,recorded_by,recorded_at,source,reason";

    @TempDir
    Path dir;
    Path scheme;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeScheme() throws IOException {
        scheme = dir.resolve("changzhou-2021.yaml");
        Files.writeString(scheme, SchemeValidationTest.builtInText());
    }

    int run(String... args) {
        return RecomputeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    Path ledger(String rows) throws IOException {
        Path file = dir.resolve("ledger.csv");
        Files.writeString(file, HEADER + "\r\n" + rows);
        return file;
    }

    @Test
    void recomputesEveryMemberWithAResultSortedById() throws IOException {
        StringBuilder rows = new StringBuilder();
        // 1001: formal all year, nothing recorded -> base 70; grid work 1; qualified 7 -> 78
        rows.append("1,MEMBERSHIP,b1,1001,张三,,2026-01-01,,FORMAL,,rec,2026-01-01T09:00:00,manual,\r\n");
        rows.append("2,FEATURED,b1,1001,张三,grid_work,2026-03-02,,1,,rec,2026-03-05T09:00:00,declaration,\"走访,\"\"网格\"\"\n第二行\"\r\n");
        rows.append("3,FINDING,b1,1001,张三,violation,2026-03-03,,,,rec,2026-03-05T09:00:00,manual,\r\n");
        rows.append("4,REVERSAL,b1,1001,张三,,2026-03-03,,,3,sec,2026-03-06T09:00:00,manual,录入错误\r\n");
        rows.append("5,REVIEW,b1,1001,张三,review,2026-01-01,,QUALIFIED,,sec,2027-01-10T09:00:00,manual,\r\n");
        // 1002: probationary from July, July xuexi all missed -> (40 + 5 × 70) / 6 = 65; basic 5 -> 70
        rows.append("6,MEMBERSHIP,b1,1002,\"Li, Si\",,2026-07-01,,PROBATIONARY,,rec,2026-07-01T09:00:00,manual,\r\n");
        rows.append("7,XUEXI_MISSED_DAYS,b1,1002,\"Li, Si\",xuexi_login,2026-07-01,,31,,rec,2026-08-01T09:00:00,import,\r\n");
        rows.append("8,REVIEW,b1,1002,\"Li, Si\",review,2026-01-01,,BASIC,,sec,2027-01-10T09:00:00,manual,\r\n");
        // 1003: formal since 2025, every month of both years all xuexi missed -> 40 both years: red twice
        rows.append("9,MEMBERSHIP,b1,1003,赵六,,2025-01-01,,FORMAL,,rec,2025-01-01T09:00:00,manual,\r\n");
        int id = 100;
        for (int year = 2025; year <= 2026; year++) {
            for (int m = 1; m <= 12; m++) {
                rows.append(id++).append(",XUEXI_MISSED_DAYS,b1,1003,赵六,xuexi_login,")
                        .append(String.format("%d-%02d-01", year, m)).append(",,20,,rec,,import,\r\n");
            }
        }
        // 1004: left in 2025 -> no row; 9: excellent -> 80
        rows.append("10,MEMBERSHIP,b1,1004,钱七,,2024-01-01,2025-12-31,FORMAL,,rec,,manual,\r\n");
        rows.append("11,MEMBERSHIP,b1,9,王五,,2026-01-01,,FORMAL,,rec,,manual,\r\n");
        rows.append("12,REVIEW,b1,9,王五,review,2026-01-01,,EXCELLENT,,sec,,manual,\r\n");

        int code = run("--scheme", scheme.toString(), "--ledger", ledger(rows.toString()).toString(), "--year", "2026");

        assertThat(stderr()).isEmpty();
        assertThat(code).isZero();
        assertThat(stdout()).isEqualTo(String.join(System.lineSeparator(),
                "member_id,name,base,featured,review,composite,tier,warning",
                "9,王五,70.00,0.00,10.00,80.00,PRIORITY,",
                "1001,张三,70.00,1.00,7.00,78.00,INCENTIVE,",
                "1002,\"Li, Si\",65.00,0.00,5.00,70.00,STANDARD,",
                "1003,赵六,40.00,0.00,0.00,40.00,RED,RED_TWO_YEARS",
                ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown kind    | 1,VISIT,b1,1,甲,,2026-01-01,,FORMAL,,,,,             | row 1 (line 2), column kind: 'VISIT' is not a fact kind",
            "bad date        | 1,MEMBERSHIP,b1,1,甲,,2026-13-01,,FORMAL,,,,,        | row 1 (line 2), column occurred_on: '2026-13-01' is not a date yyyy-MM-dd",
            "bad value       | 1,ATTENDANCE,b1,1,甲,party_day,2026-02-01,,YES,,,,, | row 1 (line 2), column value: 'YES' is not one of ABSENT/EXCUSED/PRESENT",
            "unknown item    | 1,ATTENDANCE,b1,1,甲,picnic,2026-02-01,,PRESENT,,,,, | row 1 (line 2), column item: 'picnic' is not a base item of scheme changzhou-2021",
            "wrong item kind | 1,ATTENDANCE,b1,1,甲,dues,2026-02-01,,PRESENT,,,,, | row 1 (line 2), column item: item dues (rule late_zeroes_quarter) does not take ATTENDANCE facts",
            "negative count  | 1,XUEXI_MISSED_DAYS,b1,1,甲,xuexi_login,2026-02-01,,-2,,,,, | row 1 (line 2), column value: '-2' is not a whole number of 0 or more",
            "featured item   | 1,FEATURED,b1,1,甲,karaoke,2026-02-01,,1,,,,,     | row 1 (line 2), column item: 'karaoke' is not a featured item of scheme changzhou-2021",
            "blank member    | 1,MEMBERSHIP,b1,,甲,,2026-01-01,,FORMAL,,,,,        | row 1 (line 2), column member_id: is blank",
            "short row       | 1,MEMBERSHIP,b1,1                                    | row 1 (line 2): has 4 columns, expected 14",
            "grade           | 1,REVIEW,b1,1,甲,review,2026-01-01,,GOOD,,,,,       | row 1 (line 2), column value: 'GOOD' is not a review grade of scheme changzhou-2021"})
    void aBadRowIsNamedByRowAndColumn(String label, String row, String message) throws IOException {
        Path ledger = ledger(row.trim() + "\r\n");
        int code = run("--scheme", scheme.toString(), "--ledger", ledger.toString(), "--year", "2026");
        assertThat(code).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("recompute: " + ledger + " " + message + System.lineSeparator());
    }

    @Test
    void rowsAfterAMultiLineFieldAreNamedByRowAndLine() throws IOException {
        Path ledger = ledger("1,MEMBERSHIP,b1,1,甲,,2026-01-01,,FORMAL,,,,,\"two\nlines\"\r\n"
                + "2,DUES,b1,1,甲,dues,2026-02-01,,SOON,,,,,\r\n");
        assertThat(run("--scheme", scheme.toString(), "--ledger", ledger.toString(), "--year", "2026")).isEqualTo(1);
        assertThat(stderr()).contains("row 2 (line 4), column value: 'SOON' is not one of LATE/ON_TIME");
    }

    @Test
    void duplicateFactIdsAndBadHeadersAreRejected() throws IOException {
        Path ledger = ledger("1,MEMBERSHIP,b1,1,甲,,2026-01-01,,FORMAL,,,,,\r\n1,MEMBERSHIP,b1,2,乙,,2026-01-01,,FORMAL,,,,,\r\n");
        assertThat(run("--scheme", scheme.toString(), "--ledger", ledger.toString(), "--year", "2026")).isEqualTo(1);
        assertThat(stderr()).contains("row 2 (line 3), column fact_id: fact id 1 appears more than once");

        Files.writeString(ledger, "id,kind\r\n");
        err.reset();
        assertThat(run("--scheme", scheme.toString(), "--ledger", ledger.toString(), "--year", "2026")).isEqualTo(1);
        assertThat(stderr()).contains("line 1: column fact_id is missing (expected as column 1); the header must be exactly fact_id,kind,");
    }

    @ParameterizedTest(name = "args: {0}")
    @CsvSource(delimiter = '|', value = {
            "--year 2026                               | --scheme, --ledger and --year are all required",
            "--scheme SCHEME --ledger LEDGER --year 26 | --year must be a four-digit year, not '26'",
            "--scheme nowhere.yaml --ledger LEDGER --year 2026 | --scheme: no such file nowhere.yaml",
            "--scheme SCHEME --ledger LEDGER --year 2026 --fast yes | unknown option --fast",
            "--scheme SCHEME --ledger                 | missing value after --ledger"})
    void badArgumentsExitWithTwo(String args, String message) throws IOException {
        Path ledger = ledger("");
        String[] a = args.trim().replace("SCHEME", scheme.toString()).replace("LEDGER", ledger.toString()).split(" +");
        assertThat(run(a)).isEqualTo(2);
        assertThat(stderr()).startsWith("recompute: " + message).contains("usage:");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aSchemeNotCoveringTheYearOrInvalidIsRefused() throws IOException {
        Path ledger = ledger("");
        assertThat(run("--scheme", scheme.toString(), "--ledger", ledger.toString(), "--year", "2019")).isEqualTo(1);
        assertThat(stderr()).contains("does not cover year 2019");
        Files.writeString(scheme, SchemeValidationTest.builtInText().replace("total: 100", "total: 99"));
        err.reset();
        assertThat(run("--scheme", scheme.toString(), "--ledger", ledger.toString(), "--year", "2026")).isEqualTo(1);
        assertThat(stderr()).startsWith("recompute: invalid scheme: " + scheme + ":6: parts base + featured + review");
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).startsWith("usage: java -jar jifen.jar recompute --scheme");
    }
}
