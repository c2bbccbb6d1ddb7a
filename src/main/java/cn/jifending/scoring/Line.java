package cn.jifending.scoring;

import java.util.function.Supplier;

/**
 * An explanation line filled the first time it is read. Scoring a branch yields a line for every item,
 * group and month of every member, and batch callers (the evaluation card, the pages, the committee
 * overview) read only the figures; the line's arguments are kept, the text is built on demand.
 * Thread-safe: the fill is pure, so a racing first read fills the same text twice and either copy is
 * kept (a String is immutable, so publishing it without synchronization is safe, as String's own hash).
 */
final class Line {

    private final Supplier<String> fill;
    private String text;

    private Line(String text, Supplier<String> fill) {
        this.text = text;
        this.fill = fill;
    }

    static Line of(String text) {
        return new Line(text, null);
    }

    static Line lazy(Supplier<String> fill) {
        return new Line(null, fill);
    }

    String text() {
        String t = text;
        if (t == null && fill != null) {
            t = fill.get();
            text = t;
        }
        return t;
    }
}
