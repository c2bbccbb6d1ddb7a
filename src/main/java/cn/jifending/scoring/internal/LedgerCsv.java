package cn.jifending.scoring.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV dialect of the ledger export and the recompute output (src/docs/recompute.md), on Apache
 * Commons CSV: RFC 4180 (quoted fields, doubled quotes, line breaks inside quotes), CRLF, LF or CR line
 * ends, an optional UTF-8 byte order mark.
 */
public final class LedgerCsv {

    /** RFC 4180; records end in CRLF when written. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    /** One record and the (1-based) line it starts on. */
    public record Record(int line, List<String> fields) {
    }

    /** A malformed file; the message names the line the bad record starts on. */
    public static final class CsvException extends Exception {
        CsvException(String message) {
            super(message);
        }
    }

    private LedgerCsv() {
    }

    public static List<Record> readAll(Reader reader) throws IOException, CsvException {
        BufferedReader in = new BufferedReader(reader);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                try {
                    if (!it.hasNext()) {
                        return records;
                    }
                } catch (UncheckedIOException e) {
                    throw new CsvException("line " + line + ": " + problem(e.getCause()));
                }
                records.add(new Record(line, it.next().toList()));
            }
        }
    }

    private static String problem(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed";
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            return "unexpected character after a closing quote";
        }
        return m;
    }

    /** One record as a line of text without its line end, quoted where RFC 4180 requires it. */
    public static String line(Object... values) {
        return FORMAT.format(values);
    }
}
