package dev.nnet.data;

import java.nio.file.Path;

/**
 * A mistake in a data file or in how a script describes it. It carries the position of the
 * offending cell so that a diagnostic can show the line with a caret under that cell; the message
 * and help are written for the person who made the file, never for a programmer.
 *
 * <p>Columns and lengths count Unicode code points, as an editor counts characters (and as ANTLR
 * reports script positions), not UTF-16 units; a byte-order mark is not counted.
 */
public final class DataError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final DataErrorKind kind;
    private final transient Path file;
    private final int line;
    private final int column;
    private final int length;
    private final String columnName;
    private final String value;
    private final String help;

    /**
     * @param file null for a built-in dataset
     * @param line 1-based, or 0 when the mistake is not on a line of the file
     * @param column 1-based column of the offending cell, or 0 when there is none
     * @param length characters of the offending cell; raised to 1 when a column is given
     */
    public DataError(DataErrorKind kind, Path file, int line, int column, int length,
                     String columnName, String value, String message, String help) {
        super(message, null, false, false); // a user's mistake: a stack trace would only be noise
        this.kind = kind;
        this.file = file;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.length = this.column > 0 ? Math.max(1, length) : 0;
        this.columnName = columnName;
        this.value = value;
        this.help = help;
    }

    public DataErrorKind kind() { return kind; }

    /** The data file, or null for a built-in dataset. */
    public Path file() { return file; }

    public int line() { return line; }

    public int column() { return column; }

    public int length() { return length; }

    /** The column concerned, or null. */
    public String columnName() { return columnName; }

    /** The offending cell's text (empty for a missing value), or null. */
    public String value() { return value; }

    /** A hint towards the fix, or null. */
    public String help() { return help; }
}
