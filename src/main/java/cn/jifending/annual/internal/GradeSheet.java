package cn.jifending.annual.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A review grades sheet (.xlsx/.xls/.csv): key/value rows on top ({@code 年度}), then the header row
 * starting with {@code 姓名} that has a {@code 评议等次} column, then one row per member.
 */
record GradeSheet(Optional<Integer> year, int headerRow, int nameColumn, int userIdColumn, int gradeColumn,
                  List<List<String>> rows) {

    static final String GRADE = "评议等次";

    static boolean isSheet(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv");
    }

    /** The sheet, or empty when the file is not a grades sheet (no 评议等次 column) or unreadable. */
    static Optional<GradeSheet> read(String fileName, byte[] content) {
        List<List<String>> rows;
        try {
            rows = fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(content) : workbook(content);
        } catch (Exception e) {
            return Optional.empty();
        }
        Optional<Integer> year = Optional.empty();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.isEmpty()) {
                continue;
            }
            if (row.get(0).equals("年度") && row.size() > 1 && row.get(1).matches("\\d{4}")) {
                year = Optional.of(Integer.parseInt(row.get(1)));
            }
            if (row.get(0).equals("姓名") && row.contains(GRADE)) {
                return Optional.of(new GradeSheet(year, r, 0, row.indexOf("userid"), row.indexOf(GRADE), rows));
            }
        }
        return Optional.empty();
    }

    String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).strip() : "";
    }

    private static List<List<String>> workbook(byte[] content) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.CHINA);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)).strip());
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** Plain CSV (names, ids and grades hold no commas); a UTF-8 BOM is dropped, quotes stripped. */
    private static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            List<String> cells = new ArrayList<>();
            for (String c : line.split(",", -1)) {
                cells.add(c.strip().replaceAll("^\"|\"$", ""));
            }
            rows.add(cells);
        }
        return rows;
    }
}
