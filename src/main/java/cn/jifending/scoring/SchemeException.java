package cn.jifending.scoring;

/** A scheme file that cannot be used; the message names the file, the line and the problem. */
public class SchemeException extends RuntimeException {

    private final String source;
    private final int line;

    public SchemeException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based line in the file (0 when the problem is not tied to a line). */
    public int line() {
        return line;
    }
}
