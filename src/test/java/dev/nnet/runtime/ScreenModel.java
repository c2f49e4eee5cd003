package dev.nnet.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * What a terminal of a given width shows after some output, for tests of the progress bar: a
 * carriage return goes back to the line's start, a newline to the next line, other characters
 * overwrite; a character in the last column wraps the line (and is counted, since a bar must not).
 * An escape character is refused: the bar writes none.
 */
final class ScreenModel {
    private int width;
    private final List<StringBuilder> lines = new ArrayList<>(List.of(new StringBuilder()));
    private int column;
    int wraps;

    ScreenModel(int width) {
        this.width = width;
    }

    ScreenModel write(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u001b') throw new AssertionError("an escape sequence at " + i + ": " + text);
            if (c == '\r') {
                column = 0;
            } else if (c == '\n') {
                lines.add(new StringBuilder());
                column = 0;
            } else {
                if (column == width) {
                    wraps++;
                    lines.add(new StringBuilder());
                    column = 0;
                }
                StringBuilder line = lines.get(lines.size() - 1);
                while (line.length() <= column) line.append(' ');
                line.setCharAt(column++, c);
            }
        }
        return this;
    }

    /** A narrower window that cuts its lines (as xterm does; terminals that re-flow lines differ). */
    ScreenModel resize(int columns) {
        width = columns;
        for (StringBuilder line : lines) if (line.length() > columns) line.setLength(columns);
        column = Math.min(column, columns);
        return this;
    }

    /** The lines on the screen, trailing spaces taken off; the last is the one the cursor is on. */
    List<String> lines() {
        return lines.stream().map(l -> l.toString().stripTrailing()).toList();
    }

    String text() {
        return String.join("\n", lines());
    }
}
