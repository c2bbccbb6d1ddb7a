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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetsTests {

    /** Text with visible line ends: {@code \\n} is LF, {@code \\r} is CR, {@code \\b} is the UTF-8 BOM. */
    private static String visible(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\b", "\uFEFF");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "LF                         | a,b\\nc,d\\n                      | [[a, b], [c, d]]",
            "CRLF                       | a,b\\r\\nc,d\\r\\n                | [[a, b], [c, d]]",
            "old Mac CR                 | a,b\\rc,d                        | [[a, b], [c, d]]",
            "no line end at the end     | a,b\\nc,d                        | [[a, b], [c, d]]",
            "UTF-8 BOM                  | \\b支部,角色\\r\\n一支部,党员         | [[支部, 角色], [一支部, 党员]]",
            "comma inside quotes        | 一支部,\"记分员,党员\"              | [[一支部, 记分员,党员]]",
            "doubled quote              | \"说\"\"明\"\"\",x                 | [[说\"明\", x]]",
            "line break inside quotes   | \"第一行\\r\\n第二行\",x\\ny,z      | [[第一行\\r\\n第二行, x], [y, z]]",
            "blank line kept as a row   | a\\n\\nb                         | [[a], [], [b]]",
            "cells stripped, empty kept | \" a \", b ,,\\n                  | [[a, b, , ]]",
            "quote inside a bare cell   | 5\"寸,x                           | [[5\"寸, x]]"})
    void csvFollowsRfc4180(String what, String text, String rows) throws Exception {
        List<List<String>> read = Spreadsheets.read("sheet.csv", visible(text).getBytes(StandardCharsets.UTF_8));
        assertThat(read.toString()).as(what).isEqualTo(visible(rows));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "unclosed quote on line 2                 | a,b\\nc,\"open\\nd,e\\nf,g   | 2",
            "unclosed quote after a multi-line record | \"x\\ny\",1\\nz,\"open       | 3",
            "text after a closing quote               | a\\n\"b\"c,d                 | 2"})
    void malformedCsvIsRefusedNamingTheLineItStartsOn(String what, String text, long line) {
        assertThatThrownBy(() -> Spreadsheets.read("sheet.csv", visible(text).getBytes(StandardCharsets.UTF_8)))
                .as(what).isInstanceOfSatisfying(Spreadsheets.UnreadableSheet.class,
                        e -> assertThat(e.line()).isEqualTo(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"GB18030", "GBK"})
    void csvAsExcelSavesItInChinaIsRead(String charset) throws Exception {
        byte[] bytes = "姓名,评议等次\r\n张三,\"优秀\"\r\n".getBytes(Charset.forName(charset));
        assertThat(Spreadsheets.read("评议.csv", bytes)).containsExactly(List.of("姓名", "评议等次"), List.of("张三", "优秀"));
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
