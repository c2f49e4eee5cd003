package dev.nnet.lsp;

import dev.nnet.ast.Span;
import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between character offsets (what spans hold) and LSP positions (0-based line, UTF-16
 * column). Both count UTF-16 units, so no conversion of characters is needed, only of lines. Line
 * breaks are those of the language and of LSP alike: LF, CRLF and a lone CR.
 *
 * <p>Positions from a client are clamped, never trusted: a line past the end means the end of the
 * text, a column past the end of its line means the end of that line (as the LSP specification
 * says), and negative numbers mean 0.
 */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The offset just after the last character of a 0-based line, before its line break. */
    int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return end;
    }

    /** The offset of a client's position, clamped into the text. */
    int offsetOf(Position position) {
        if (position == null) return 0;
        int line = position.getLine();
        if (line < 0) return 0;
        if (line >= lineStarts.length) return text.length();
        int start = lineStarts[line];
        int column = Math.max(0, position.getCharacter());
        return Math.min(start + column, lineEnd(line));
    }

    Position positionOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= clamped) lo = mid; else hi = mid - 1;
        }
        return new Position(lo, clamped - lineStarts[lo]);
    }

    Range rangeOf(int start, int end) {
        return new Range(positionOf(start), positionOf(Math.max(start, end)));
    }

    Range rangeOf(Span span) {
        return rangeOf(span.start(), span.end());
    }

    boolean contains(Range range, int offset) {
        return range == null || (offsetOf(range.getStart()) <= offset && offset <= offsetOf(range.getEnd()));
    }
}
