package dev.nnet.diag;

import dev.nnet.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a script or data file, with the name to show in diagnostics (the path as the user
 * wrote it) and an index of line starts, so that a span can be shown with its source line.
 */
public final class SourceText {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** A span of {@code length} characters starting at a 1-based line and column. */
    public Span spanAt(int line, int column, int length) {
        int start = Math.min(text.length(), lineStarts[Math.min(line, lineStarts.length) - 1] + column - 1);
        return new Span(start, Math.min(text.length(), start + Math.max(0, length)), line, column);
    }

    /** The span's end as a 1-based line and column (the column just after its last character). */
    public int[] endOf(Span span) {
        return new int[] {lineOf(span.end()), columnOf(span.end())};
    }
}
