package cn.jifending.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTests {

    @Test
    void csvAsExcelSavesItInChinaIsReadAsGb18030() throws Exception {
        byte[] gbk = "姓名,评议等次\n张三,优秀\n".getBytes(Charset.forName("GB18030"));
        assertThat(Spreadsheets.read("评议.csv", gbk)).containsExactly(List.of("姓名", "评议等次"), List.of("张三", "优秀"));
    }

    @Test
    void utf8CsvWithBomAndQuotedFieldsFollowsRfc4180() throws Exception {
        byte[] utf8 = "\uFEFF支部,角色\r\n第一党支部,\"记分员,党员\"\r\n\"说\"\"明\",x".getBytes(StandardCharsets.UTF_8);
        assertThat(Spreadsheets.read("roster.csv", utf8))
                .containsExactly(List.of("支部", "角色"), List.of("第一党支部", "记分员,党员"), List.of("说\"明", "x"));
    }

    @Test
    void aWorkbookIsRecognisedByItsContentAndDateCellsReadAsIsoDates() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet();
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("入党/转入日期");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("李明");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            row.createCell(1).setCellValue(LocalDate.of(2020, 1, 1));
            row.getCell(1).setCellStyle(date);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(Spreadsheets.read("名单", xlsx)).containsExactly(List.of("姓名", "入党/转入日期"), List.of("李明", "2020-01-01"));
    }

    @Test
    void aBrokenWorkbookIsUnreadableNotAnError() {
        byte[] broken = {'P', 'K', 3, 4, 0, 0};
        assertThatThrownBy(() -> Spreadsheets.read("x.xlsx", broken)).isInstanceOf(Spreadsheets.UnreadableSheet.class);
        assertThat(Spreadsheets.isSheet("a.XLSX")).isTrue();
        assertThat(Spreadsheets.isSheet("photo.jpg")).isFalse();
    }
}
