package dev.nnet.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * What a terminal of a given width shows after some output, for tests of the progress bar: a
 * carriage return goes back to the start of the screen row, a newline to the next line, other
 * characters overwrite; a character after the last column wraps to a new row of the same line
 * (kept joined, as {@code tmux capture-pane -J} does, and counted: a bar must never wrap). An
 * escape character is refused: the bar writes none.
 */
public final class ScreenModel {
    private int width;
    private final List<StringBuilder> lines = new ArrayList<>(List.of(new StringBuilder()));
    private int column;
    public int wraps;

    public ScreenModel(int width) {
        this.width = width;
    }

    public ScreenModel write(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u001b') throw new AssertionError("an escape sequence at " + i + ": " + text);
            if (c == '\r') {
                column = column == 0 ? 0 : (column - 1) / width * width; // the start of the cursor's row
            } else if (c == '\n') {
                lines.add(new StringBuilder());
                column = 0;
            } else {
                if (column > 0 && column % width == 0) wraps++;
                StringBuilder line = lines.get(lines.size() - 1);
                while (line.length() <= column) line.append(' ');
                line.setCharAt(column++, c);
            }
        }
        return this;
    }

    /** A narrower window that cuts its lines (as xterm does; terminals that re-flow lines differ). */
    public ScreenModel resize(int columns) {
        width = columns;
        for (StringBuilder line : lines) if (line.length() > columns) line.setLength(columns); // no re-flow
        column = Math.min(column, columns);
        return this;
    }

    /** The lines on the screen, trailing spaces taken off; the last is the one the cursor is on. */
    public List<String> lines() {
        return lines.stream().map(l -> l.toString().stripTrailing()).toList();
    }

    public String text() {
        return String.join("\n", lines());
    }
}
