package dev.nnet.ast;

/**
 * Where a piece of syntax stands in its source: character offsets [start, end) and the 1-based
 * line and column of its first character. Columns count characters (UTF-16 units), tabs as one.
 */
public record Span(int start, int end, int line, int column) {
    public Span {
        if (start < 0 || end < start || line < 1 || column < 1) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " at " + line + ":" + column);
        }
    }

    /** From the start of {@code first} to the end of {@code last}. */
    public static Span covering(Span first, Span last) {
        return new Span(first.start, Math.max(first.end, last.end), first.line, first.column);
    }

    public int length() {
        return end - start;
    }
}
