package cn.jifending.scoring.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes. */
public final class CsvReader {

    /** One record and the (1-based) line it starts on. */
    public record Record(int line, List<String> fields) {
    }

    /** A malformed file; the message names the line. */
    public static final class CsvException extends Exception {
        public CsvException(String message) {
            super(message);
        }
    }

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;

    public CsvReader(Reader in) {
        this.in = in;
    }

    public List<Record> readAll() throws IOException, CsvException {
        List<Record> records = new ArrayList<>();
        int c = read();
        if (c == '\uFEFF') {
            c = read();
        }
        unread(c);
        while (true) {
            Record r = next();
            if (r == null) {
                return records;
            }
            records.add(r);
        }
    }

    private Record next() throws IOException, CsvException {
        int c = read();
        if (c == -1) {
            return null;
        }
        unread(c);
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            c = read();
            if (c == '"' && field.isEmpty()) {
                readQuoted(field, start);
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw new CsvException("line " + line + ": unexpected character after a closing quote");
                }
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new Record(start, List.copyOf(fields));
            } else if (c == '"') {
                throw new CsvException("line " + line + ": a quote inside an unquoted field");
            } else {
                field.append((char) c);
            }
        }
    }

    private void readQuoted(StringBuilder field, int start) throws IOException, CsvException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new CsvException("line " + start + ": a quoted field is never closed");
            }
            if (c == '"') {
                int n = read();
                if (n == '"') {
                    field.append('"');
                    continue;
                }
                unread(n);
                return;
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    /** Quotes a field for output when RFC 4180 requires it. */
    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
