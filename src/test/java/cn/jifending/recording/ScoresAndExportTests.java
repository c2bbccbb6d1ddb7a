package cn.jifending.recording;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.ledger.Scores;
import cn.jifending.scoring.ItemResult;
import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.YearResult;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScoresAndExportTests extends RecordingTestBase {

    @Autowired Scores scores;

    /** The scheme's worked example, recorded the way a recorder would: one sheet and four chat commands. */
    private Fixture workedExample() {
        Fixture f = branch(2, List.of("例一", "例二"));
        String rec = f.recorder().userId();
        sendFile(rec, "", "五月.csv", csv("月份,2025-05\n姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)\n"
                + "例一," + f.member(0).userId() + ",3,12,按时\n"
                + "例二," + f.member(1).userId() + ",0,15,延期\n"));
        say(rec, "记录 集中学习 2025年5月6日 出席 @例一 @例二");
        say(rec, "记录 支部大会 2025年5月12日 出席 @例一");
        say(rec, "记录 党小组会 2025年5月15日 出席 @例二");
        say(rec, "记录 主题党日 2025年5月20日 出席 @例一 @例二");
        assertThat(replies()).extracting(Reply::template).containsExactly("monthly-imported", "meeting-recorded",
                "meeting-recorded", "meeting-recorded", "meeting-recorded");
        return f;
    }

    @Test
    void theSheetAndChatRecordsYieldTheWorkedExampleOfScoringMd() {
        Fixture f = workedExample();
        MonthResult may = scores.yearOf(f.member(0).id(), 2025).orElseThrow().month(5);
        assertThat(may.group("study").score()).isEqualByComparingTo("26.4");
        assertThat(may.group("org_life").score()).isEqualByComparingTo("22.5");
        assertThat(may.group("political").score()).isEqualByComparingTo("10");
        assertThat(may.base()).isEqualByComparingTo("58.9");
    }

    @Test
    void theExportedFormMatchesTheScoresCellByCell() throws Exception {
        Fixture f = workedExample();
        resetOutbox();
        say(f.recorder().userId(), "导出 2025年5月");
        assertThat(lastReply().template()).isEqualTo("export-sent");
        Reply file = replies().stream().filter(r -> "FILE".equals(r.kind())).findFirst().orElseThrow();
        assertThat(file.recipients()).isEqualTo(f.recorder().userId());
        assertThat(file.title()).isEqualTo("考核表-" + f.branch().name() + "-2025-05.xlsx");
        byte[] xlsx = jdbc.sql("SELECT file_content FROM outbox_message WHERE id > :b AND kind = 'FILE'")
                .param("b", outboxBefore).query(byte[].class).single();

        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(text(s.getRow(0).getCell(0))).isEqualTo("常州市机关事务管理局党员积分管理考核表");
            assertThat(text(s.getRow(1).getCell(0))).isEqualTo("所在支部：" + f.branch().name());
            assertThat(text(s.getRow(1).getCell(2))).isEqualTo("考核年月：2025 年 5 月");
            Row header = s.getRow(2);
            assertThat(text(header.getCell(0))).isEqualTo("考核类别");
            assertThat(text(header.getCell(2))).isEqualTo("考核内容");
            Map<String, Integer> columnOf = new HashMap<>();
            for (int c = 4; c < header.getLastCellNum() - 1; c++) {
                columnOf.put(text(header.getCell(c)), c);
            }
            assertThat(columnOf).hasSize(5).containsKeys("例一", "例二", "书记" + tag(f), "记分员" + tag(f), "支委" + tag(f));
            assertThat(text(header.getCell(header.getLastCellNum() - 1))).isEqualTo("备注");

            Scheme scheme = scores.schemeFor(2025);
            int checked = 0;
            for (var entry : columnOf.entrySet()) {
                long memberId = directory.findByUserId(userIdOf(f, entry.getKey())).orElseThrow().memberId();
                YearResult year = scores.yearOf(memberId, 2025).orElseThrow();
                MonthResult may = year.month(5);
                int col = entry.getValue();
                int r = 3;
                for (Scheme.Group g : scheme.groups()) {
                    for (Scheme.Item item : g.items()) {
                        Row row = s.getRow(r++);
                        assertThat(text(row.getCell(2))).isEqualTo(item.name());
                        ItemResult expected = may.item(item.code());
                        assertCell(row.getCell(col), expected.applied() ? expected.earned() : null);
                        checked++;
                    }
                    Row sub = s.getRow(r++);
                    assertThat(text(sub.getCell(2))).isEqualTo(g.name() + "小计");
                    assertCell(sub.getCell(col), may.group(g.code()).score());
                }
                r += scheme.featuredItems().size() + 1;
                Row score = s.getRow(r);
                assertThat(text(score.getCell(0))).isEqualTo("得 分");
                assertCell(score.getCell(col), may.base());
            }
            assertThat(checked).as("15 base items × 5 members").isEqualTo(5 * 15);
            int col = columnOf.get("例一");
            assertThat(s.getRow(3).getCell(col).getNumericCellValue()).isEqualTo(8.5);
        }
    }

    @Test
    void theMonthStatusShowsWhoIsMissingWhat() {
        Fixture f = branch(2, List.of("状一", "状二"));
        sendFile(f.recorder().userId(), "", "六月.csv", csv("月份,2025-06\n姓名,userid,学习强国未登录天数,每日一题积分,党费\n"
                + "状一," + f.member(0).userId() + ",0,15,按时\n"));
        say(f.recorder().userId(), "记录 党课 2025年6月9日 出席 状一 请假 状二");
        say(f.secretary().userId(), "本月记分 2025年6月");
        Reply r = lastReply();
        assertThat(r.template()).isEqualTo("month-status");
        assertThat(r.body()).contains("本支部 5 人", "学习强国 未记录 4 人", "状二", "支部党课 2025年6月9日",
                "请假待书记审批：状二").doesNotContain("状一、");
        for (String alias : List.of("月度状态", "本月状态")) {
            say(f.secretary().userId(), alias + " 2025年6月");
            assertThat(lastReply().template()).as(alias).isEqualTo("month-status");
            assertThat(lastReply().body()).as(alias).isEqualTo(r.body());
        }
        say(f.recorder().userId(), "本月记分 2025年6月 @状一");
        assertThat(lastReply().body()).contains("编号", "学习强国 0", "党费 按时", "支部党课 出席");
        say("demo-recorder", "本月记分 " + f.branch().name() + " 2025年6月");
        assertThat(lastReply().template()).isEqualTo("recording-refused");
        say(f.recorder().userId(), "导出 2099年1月");
        assertThat(lastReply().template()).isEqualTo("export-future");
    }

    private static String tag(Fixture f) {
        return f.secretary().userId().substring("sec-".length());
    }

    private static String userIdOf(Fixture f, String name) {
        for (var m : List.of(f.secretary(), f.recorder(), f.committee(), f.member(0), f.member(1))) {
            if (m.name().equals(name)) {
                return m.userId();
            }
        }
        throw new AssertionError(name);
    }

    private static void assertCell(Cell c, BigDecimal expected) {
        if (expected == null) {
            assertThat(text(c)).isEqualTo("—");
        } else {
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(c.getNumericCellValue()))
                    .isEqualByComparingTo(expected.setScale(2, RoundingMode.HALF_UP));
        }
    }

    private static String text(Cell c) {
        return c == null ? "" : c.getStringCellValue();
    }
}
