package cn.jifending.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetImportTests extends RecordingTestBase {

    @Test
    void aMonthlySheetWritesEachMembersFigures() {
        Fixture f = branch(2, List.of("甲一", "乙二"));
        String sheet = "月份,2025-03\n\n姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)\n"
                + "甲一," + f.member(0).userId() + ",3,12,按时\n"
                + "乙二," + f.member(1).userId() + ",0,15,延期\n";

        sendFile(f.recorder().userId(), "", "三月.csv", csv(sheet));

        assertThat(lastReply().template()).isEqualTo("monthly-imported");
        assertThat(lastReply().body()).contains("2025年3月", "2 人", "还有 3 人");
        assertThat(facts(f.member(0).id())).containsExactly("XUEXI_MISSED_DAYS xuexi_login 2025-03-01 3",
                "DAILY_QUESTION_POINTS daily_question 2025-03-01 12", "DUES dues 2025-03-01 ON_TIME");
        assertThat(facts(f.member(1).id())).contains("DUES dues 2025-03-01 LATE");
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLineAndNothingIsWritten() {
        Fixture f = branch(2, List.of("引一", "引二"));
        String sheet = "月份,2025-03\n姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)\n"
                + "引一," + f.member(0).userId() + ",3,12,按时\n"
                + "\"引二," + f.member(1).userId() + ",0,15,延期\n";

        sendFile(f.recorder().userId(), "", "三月.csv", csv(sheet));

        assertThat(lastReply().template()).isEqualTo("sheet-malformed-csv");
        assertThat(lastReply().body()).contains("三月.csv", "第 4 行", "引号没有闭合", "没有导入任何内容");
        assertThat(facts(f.member(0).id())).isEmpty();
    }

    @Test
    void aCsvSavedByChineseExcelInGb18030IsReadToo() {
        Fixture f = branch(1, List.of("汉字"));
        String sheet = "月份,2025年2月\r\n姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)\r\n"
                + "汉字," + f.member(0).userId() + ",2,14,延期\r\n";
        sendFile(f.recorder().userId(), "", "二月.csv", sheet.getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThat(lastReply().template()).isEqualTo("monthly-imported");
        assertThat(facts(f.member(0).id())).contains("DUES dues 2025-02-01 LATE");
    }

    @Test
    void theShippedTemplateFilledInImports() throws Exception {
        Fixture f = branch(1, List.of("模一"));
        String template;
        try (var in = getClass().getClassLoader().getResourceAsStream("bot-templates/sheets/月度数据模板.csv")) {
            template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String filled = template.replace("月份,,", "月份,2025-01,") + "模一," + f.member(0).userId() + ",0,15,按时\r\n";
        sendFile(f.recorder().userId(), "", "一月.csv", csv(filled));
        assertThat(lastReply().template()).isEqualTo("monthly-imported");
        assertThat(facts(f.member(0).id())).hasSize(3);
    }

    @Test
    void anXlsxMonthlySheetWithAnExcelDateAndTheBranchNamed() throws Exception {
        Fixture f = branch(1, List.of("表一"));
        byte[] xlsx;
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var s = wb.createSheet();
            var monthRow = s.createRow(0);
            monthRow.createCell(0).setCellValue("月份");
            var date = monthRow.createCell(1);
            date.setCellValue(java.time.LocalDate.of(2025, 10, 1));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            date.setCellStyle(style);
            var branchRow = s.createRow(1);
            branchRow.createCell(0).setCellValue("支部");
            branchRow.createCell(1).setCellValue(f.branch().name());
            String[] header = {"姓名", "userid", "学习强国未登录天数", "每日一题积分", "党费(按时/延期)"};
            var h = s.createRow(3);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            var r = s.createRow(4);
            r.createCell(0).setCellValue("表一");
            r.createCell(1).setCellValue(f.member(0).userId());
            r.createCell(2).setCellValue(4);
            r.createCell(3).setCellValue(11);
            r.createCell(4).setCellValue("按时");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        sendFile("demo-recorder", "", "十月.xlsx", xlsx);
        assertThat(lastReply().template()).as("the sheet names another branch").isEqualTo("recording-refused");
        sendFile(f.recorder().userId(), "", "十月.xlsx", xlsx);
        assertThat(lastReply().template()).isEqualTo("monthly-imported");
        assertThat(facts(f.member(0).id())).contains("XUEXI_MISSED_DAYS xuexi_login 2025-10-01 4",
                "DAILY_QUESTION_POINTS daily_question 2025-10-01 11");
    }

    @Test
    void theSameFileSentTwiceHasOneEffect() {
        Fixture f = branch(1, List.of("丙三"));
        byte[] file = csv("月份,2025-04\n姓名,userid,学习强国未登录天数,每日一题积分,党费\n丙三," + f.member(0).userId()
                + ",1,20,按时\n");
        sendFile(f.recorder().userId(), "", "a.csv", file);
        long factsAfterFirst = count("SELECT COUNT(*) FROM ledger_fact WHERE member_id = ?", f.member(0).id());
        sendFile(f.recorder().userId(), "", "a-again.csv", file);

        assertThat(lastReply().template()).isEqualTo("import-duplicate");
        assertThat(count("SELECT COUNT(*) FROM ledger_fact WHERE member_id = ?", f.member(0).id()))
                .isEqualTo(factsAfterFirst).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM rec_import WHERE branch_id = ?", f.branch().id())).isEqualTo(1);

        byte[] other = csv("月份,2025-04\n姓名,userid,学习强国未登录天数,每日一题积分,党费\n丙三," + f.member(0).userId()
                + ",2,20,按时\n");
        sendFile(f.recorder().userId(), "", "b.csv", other);
        assertThat(lastReply().body()).contains("已经记录过", "更正");
        assertThat(facts(f.member(0).id())).contains("XUEXI_MISSED_DAYS xuexi_login 2025-04-01 1");
    }

    @Test
    void everyProblemIsListedByRowAndColumnAndNothingIsWritten() {
        Fixture f = branch(3, List.of("丁一", "丁二", "丁三"));
        String sheet = "月份,2025-05\n姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)\n"
                + "丁一," + f.member(0).userId() + ",40,12,按时\n"
                + "丁二," + f.member(1).userId() + ",2,1000,提前\n"
                + "丁一," + f.member(0).userId() + ",1,1,按时\n"
                + "外人,nobody-here,1,1,按时\n"
                + "丁四," + f.member(2).userId() + ",x,1,按时\n";

        sendFile(f.recorder().userId(), "", "五月.csv", csv(sheet));

        Reply r = lastReply();
        assertThat(r.template()).isEqualTo("import-rejected");
        assertThat(r.body()).contains("整表未导入",
                "第 3 行“学习强国未登录天数”：“40”超出范围 0–31",
                "第 4 行“每日一题积分”：“1000”超出范围 0–999",
                "第 4 行“党费(按时/延期)”：“提前”应为 按时 或 延期",
                "第 5 行“userid”：丁一 重复，第 3 行已有",
                "第 6 行“userid”：外人（nobody-here）不是本支部",
                "第 7 行“姓名”：姓名“丁四”与 userid",
                "第 7 行“学习强国未登录天数”：“x”不是整数");
        for (int i = 0; i < 3; i++) {
            assertThat(facts(f.member(i).id())).isEmpty();
        }
        assertThat(count("SELECT COUNT(*) FROM rec_import WHERE branch_id = ?", f.branch().id())).isZero();
    }

    @Test
    void aMonthInTheFutureOrMissingRejectsTheFile() {
        Fixture f = branch(1, List.of("戊一"));
        String rows = "姓名,userid,学习强国未登录天数,每日一题积分,党费\n戊一," + f.member(0).userId() + ",1,1,按时\n";
        sendFile(f.recorder().userId(), "", "x.csv", csv("月份,2099-01\n" + rows));
        assertThat(lastReply().body()).contains("2099年1月 还没到");
        sendFile(f.recorder().userId(), "", "y.csv", csv(rows));
        assertThat(lastReply().body()).contains("请在表格第一行写明月份");
        sendFile(f.recorder().userId(), "2025年6月", "y.csv", csv(rows));
        assertThat(lastReply().template()).as("the month may be in the message").isEqualTo("monthly-imported");
        assertThat(facts(f.member(0).id())).hasSize(3);
    }

    @Test
    void aThousandMembersWithOneBadRowAreRejectedWholeThenImportedWhenFixed() {
        Fixture f = branch(1000);
        StringBuilder sb = new StringBuilder("月份,2025-07\n姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)\n");
        for (int i = 0; i < 1000; i++) {
            sb.append(f.member(i).name()).append(',').append(f.member(i).userId()).append(',')
                    .append(i == 700 ? "32" : String.valueOf(i % 5)).append(',').append(i % 30).append(",按时\n");
        }
        sendFile(f.recorder().userId(), "", "七月.csv", csv(sb.toString()));
        assertThat(lastReply().template()).isEqualTo("import-rejected");
        assertThat(lastReply().body()).contains("1 处问题", "第 703 行“学习强国未登录天数”：“32”超出范围 0–31");
        assertThat(count("SELECT COUNT(*) FROM ledger_fact WHERE branch_id = ?", f.branch().id())).isZero();

        sendFile(f.recorder().userId(), "", "七月.csv", csv(sb.toString().replace(",32,", ",3,")));
        assertThat(lastReply().template()).isEqualTo("monthly-imported");
        assertThat(count("SELECT COUNT(*) FROM ledger_fact WHERE branch_id = ?", f.branch().id())).isEqualTo(3000);
    }

    @Test
    void anXlsxSignInSheetRecordsTheMeeting() throws Exception {
        Fixture f = branch(3, List.of("己一", "己二", "己三"));
        byte[] xlsx;
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var s = wb.createSheet();
            String[][] rows = {{"会议", "集中学习"}, {"日期", "2025-08-06"}, {}, {"姓名", "userid", "出席情况"},
                    {"己一", "", "出席"}, {"己二", "", "请假"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        sendFile(f.recorder().userId(), "", "签到.xlsx", xlsx);

        assertThat(lastReply().template()).isEqualTo("meeting-recorded");
        assertThat(facts(f.member(0).id())).containsExactly("ATTENDANCE collective_study 2025-08-06 PRESENT");
        assertThat(facts(f.member(1).id())).isEmpty();
        assertThat(facts(f.member(2).id())).containsExactly("ATTENDANCE collective_study 2025-08-06 ABSENT");
        assertThat(card("excuse-approval").body()).contains("己二");
    }

    @Test
    void aBadSignInSheetIsRejectedWhole() {
        Fixture f = branch(2, List.of("庚一", "庚二"));
        sendFile(f.recorder().userId(), "记录 党课 2025年8月7日", "s.csv",
                csv("姓名,出席情况\n庚一,出席\n庚三,出席\n庚二,迟到\n"));
        assertThat(lastReply().body()).contains("第 3 行“姓名”：本支部没有“庚三”", "第 4 行“出席情况”：“迟到”应为");
        assertThat(facts(f.member(0).id())).isEmpty();
    }

    @Test
    void theTemplateCommandSendsTheBlankSheet() {
        Fixture f = branch(0);
        say(f.recorder().userId(), "模板");
        assertThat(replies()).extracting(Reply::kind).contains("FILE");
        assertThat(replies()).filteredOn(r -> "FILE".equals(r.kind())).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("月度数据模板.csv"));
        byte[] content = jdbc.sql("SELECT file_content FROM outbox_message WHERE id > :b AND kind = 'FILE'")
                .param("b", outboxBefore).query(byte[].class).single();
        assertThat(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                .contains("姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)");
        say("demo-member-1", "模板");
        assertThat(lastReply().template()).isEqualTo("refused");
    }

    @Test
    void theTemplatesComePreFilledWithTheBranchsMembersAndImportOnceTheNumbersAreFilledIn() {
        Fixture f = branch(2, List.of("预一", "预二"));
        say(f.recorder().userId(), "模板");
        String monthly = lastFileText();
        assertThat(monthly).contains("预一," + f.member(0).userId() + ",,,\r\n", "预二," + f.member(1).userId() + ",,,\r\n");
        String filled = monthly.replace("月份,,", "月份,2025-01,").replace(",,,\r\n", ",0,15,按时\r\n");
        sendFile(f.recorder().userId(), "", "一月.csv", filled.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(lastReply().template()).isEqualTo("monthly-imported");
        assertThat(facts(f.member(0).id())).containsExactly("XUEXI_MISSED_DAYS xuexi_login 2025-01-01 0",
                "DAILY_QUESTION_POINTS daily_question 2025-01-01 15", "DUES dues 2025-01-01 ON_TIME");
        assertThat(facts(f.member(1).id())).hasSize(3);

        say(f.recorder().userId(), "模板 签到");
        String signIn = lastFileText();
        assertThat(signIn).contains("预一," + f.member(0).userId() + ",\r\n", "预二," + f.member(1).userId() + ",\r\n");
        String signed = signIn.replace("会议,,", "会议,集中学习,").replace("日期,,", "日期,2025-08-06,")
                .replace(f.member(1).userId() + ",\r\n", f.member(1).userId() + ",缺席\r\n")
                .replace(",\r\n", ",出席\r\n");
        sendFile(f.recorder().userId(), "", "签到.csv", signed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(lastReply().template()).isEqualTo("meeting-recorded");
        assertThat(facts(f.member(0).id())).contains("ATTENDANCE collective_study 2025-08-06 PRESENT");
        assertThat(facts(f.member(1).id())).contains("ATTENDANCE collective_study 2025-08-06 ABSENT");
    }

    private String lastFileText() {
        byte[] content = jdbc.sql("SELECT file_content FROM outbox_message WHERE id > :b AND kind = 'FILE' ORDER BY id DESC LIMIT 1")
                .param("b", outboxBefore).query(byte[].class).single();
        return new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aMemberSendingASheetIsNotTreatedAsARecorder() {
        sendFile("demo-member-2", "", "x.csv", csv("姓名,出席情况\n"));
        assertThat(lastReply().template()).isNotIn("import-rejected", "meeting-recorded", "monthly-imported");
    }
}
