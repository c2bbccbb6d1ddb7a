package cn.jifending.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The cells of an uploaded sheet as text, row by row (row i of the list is spreadsheet row i + 1):
 * .xlsx/.xls (first sheet) or .csv (UTF-8 with or without BOM; anything that is not valid UTF-8 is read as
 * GB18030, the superset of GBK that Excel saves in China).
 */
public final class Spreadsheets {

    /** A file that is not a readable sheet; {@link #line()} is the CSV line at fault, or 0. */
    public static final class UnreadableSheet extends Exception {
        private final long line;

        UnreadableSheet(String message, long line) {
            super(message);
            this.line = line;
        }

        /** The 1-based line of a malformed CSV record (where it starts), or 0 when no line is at fault. */
        public long line() {
            return line;
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private Spreadsheets() {
    }

    public static boolean isSheet(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv");
    }

    public static List<List<String>> read(String fileName, byte[] content) throws UnreadableSheet {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 2 && content[0] == 'P' && content[1] == 'K';
        return n.endsWith(".xlsx") || n.endsWith(".xls") || zip ? workbook(content) : csv(decode(content));
    }

    private static List<List<String>> workbook(byte[] content) throws UnreadableSheet {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.CHINA);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c), fmt));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSheet(e.getMessage(), 0);
        }
    }

    private static String text(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            // the cell's own calendar date, independent of the JVM's time zone
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return fmt.formatCellValue(cell).strip();
    }

    private static String decode(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(content, GB18030);
        }
    }

    /**
     * RFC 4180 (Apache Commons CSV): quoted fields may hold commas, doubled quotes and line breaks;
     * CRLF, LF or CR line ends; cells stripped of surrounding blanks. One list entry per record, so a
     * record holding a line break still counts as one row. A quoted field that is never closed, or a
     * character after a closing quote, is an {@link UnreadableSheet} naming the line the record starts on.
     */
    private static List<List<String>> csv(String text) throws UnreadableSheet {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        return rows;
                    }
                } catch (UncheckedIOException e) {
                    throw new UnreadableSheet(e.getCause().getMessage(), line);
                }
                rows.add(records.next().stream().map(String::strip).toList());
            }
        } catch (IOException e) {
            throw new UnreadableSheet(e.getMessage(), 0);
        }
    }
}
