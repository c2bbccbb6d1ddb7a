package cn.jifending.organization;

/**
 * One problem found in a roster file.
 *
 * @param row     1-based row number in the file (1 is the header row)
 * @param column  column header as in the file (e.g. 类别), or null for a whole-row problem
 * @param problem what is wrong
 * @param value   the offending value, if any
 */
public record RosterError(int row, String column, Problem problem, String value) {

    public enum Problem {
        MISSING_COLUMN, BLANK, TOO_LONG, UNKNOWN_CATEGORY, BAD_DATE, UNKNOWN_ROLE, DUPLICATE_USERID,
        CONFLICTS_WITH_EXISTING, UNREADABLE_FILE, EMPTY_FILE,
        /** A CSV record whose quoted field is never closed (or has text after its closing quote); row is its line. */
        MALFORMED_CSV
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", column " + column) + ": " + problem
                + (value == null ? "" : " '" + value + "'");
    }
}
