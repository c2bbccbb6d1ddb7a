package cn.jifending.recording.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our sheet layout: optional key/value rows at the top (月份, 会议, 日期, 支部), then a header row
 * starting with 姓名, then one row per member. Column positions come from the header.
 */
final class SheetLayout {

    static final String NAME = SheetWords.NAME;
    static final String USERID = "userid";
    static final String XUEXI = SheetWords.XUEXI;
    static final String DAILY = SheetWords.DAILY;
    static final String DUES = SheetWords.DUES;
    static final String ATTENDANCE = SheetWords.ATTENDANCE;

    private final Map<String, String> meta = new HashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final int headerRow;
    private final List<List<String>> rows;

    private SheetLayout(List<List<String>> rows) {
        this.rows = rows;
        int header = -1;
        for (int r = 0; r < rows.size() && header < 0; r++) {
            List<String> row = rows.get(r);
            String first = row.isEmpty() ? "" : row.get(0).strip();
            if (first.equals(NAME)) {
                header = r;
                for (int c = 0; c < row.size(); c++) {
                    String h = row.get(c).strip();
                    String key = h.startsWith(DUES) ? DUES : h.equalsIgnoreCase(USERID) ? USERID : h;
                    columns.putIfAbsent(key, c);
                    headers.putIfAbsent(key, h);
                }
            } else if (!first.isEmpty() && row.size() > 1) {
                meta.put(SheetWords.KEY_COLON.matcher(first).replaceAll(""), row.get(1).strip());
            }
        }
        this.headerRow = header;
    }

    static SheetLayout of(List<List<String>> rows) {
        return new SheetLayout(rows);
    }

    boolean hasHeader() {
        return headerRow >= 0;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    Optional<String> meta(String key) {
        return Optional.ofNullable(meta.get(key)).filter(v -> !v.isBlank());
    }

    /** The header text of a column as written in the file (for problem messages). */
    String header(String column) {
        return headers.getOrDefault(column, column);
    }

    /** Data rows: spreadsheet row number and the cells by column name; blank rows are skipped. */
    List<DataRow> dataRows() {
        List<DataRow> out = new java.util.ArrayList<>();
        for (int r = headerRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            out.add(new DataRow(r + 1, row, columns));
        }
        return out;
    }

    record DataRow(int number, List<String> cells, Map<String, Integer> columns) {
        String get(String column) {
            Integer c = columns.get(column);
            return c == null || c >= cells.size() || cells.get(c) == null ? "" : cells.get(c).strip();
        }
    }
}
