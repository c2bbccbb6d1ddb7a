package cn.jifending.annual.internal;

import cn.jifending.sheets.Spreadsheets;
import java.util.List;
import java.util.Optional;

/**
 * A review grades sheet (.xlsx/.xls/.csv): key/value rows on top ({@code 年度}), then the header row
 * starting with {@code 姓名} that has a {@code 评议等次} column, then one row per member.
 * {@code yearText} is the 年度 cell as written ("" when the sheet has none), read by the chat grammar.
 */
record GradeSheet(String yearText, int headerRow, int nameColumn, int userIdColumn, int gradeColumn,
                  List<List<String>> rows) {

    static boolean isSheet(String fileName) {
        return Spreadsheets.isSheet(fileName);
    }

    /** The sheet, or empty when the file is not a grades sheet (no 评议等次 column) or unreadable. */
    static Optional<GradeSheet> read(String fileName, byte[] content) {
        List<List<String>> rows;
        try {
            rows = Spreadsheets.read(fileName, content);
        } catch (Spreadsheets.UnreadableSheet e) {
            return Optional.empty();
        }
        String year = "";
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.isEmpty()) {
                continue;
            }
            if (row.get(0).strip().equals(AnnualWords.SHEET_YEAR) && row.size() > 1) {
                year = row.get(1).strip();
            }
            if (row.get(0).equals(AnnualWords.SHEET_NAME) && row.contains(AnnualWords.SHEET_GRADE)) {
                return Optional.of(new GradeSheet(year, r, 0, row.indexOf("userid"), row.indexOf(AnnualWords.SHEET_GRADE), rows));
            }
        }
        return Optional.empty();
    }

    String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).strip() : "";
    }
}
