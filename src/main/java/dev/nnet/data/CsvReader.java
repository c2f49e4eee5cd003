package dev.nnet.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader that remembers where every cell was. The first non-blank record is the header.
 * Beyond the RFC: LF and lone CR end lines as CRLF does, blank lines are skipped, spaces and tabs
 * around a cell are dropped (an unquoted cell's own, and those around a quoted cell's quotes), and a
 * {@code "} inside an unquoted cell is kept as text, as spreadsheets do.
 */
final class CsvReader {
    private final String text;
    private final Path file;
    private int pos;
    private int line = 1;
    private int column = 1; // code points, so a caret lands under the right character
    private List<String> headerNames; // null while the header itself is being read

    private CsvReader(String text, Path file) {
        this.text = text;
        this.file = file;
    }

    /** Decodes and parses a whole file; {@code file} is only for error reports. */
    static CsvTable read(byte[] bytes, Path file) {
        return new CsvReader(Utf8.decode(bytes, file), file).readTable();
    }

    private CsvTable readTable() {
        CsvRow header = null;
        List<CsvRow> rows = new ArrayList<>();
        while (skipBlankLines()) {
            CsvRow row = readRow();
            if (header == null) {
                header = row;
                headerNames = new ArrayList<>();
                for (CsvCell cell : row.cells()) headerNames.add(cell.text());
            } else {
                rows.add(row);
            }
        }
        if (header == null) {
            throw new DataError(DataErrorKind.EMPTY_FILE, file, 0, 0, 0, null, null,
                    "the file is empty", "the first line should name the columns, e.g. `x1,x2,label`, "
                            + "and each following line hold one example");
        }
        return new CsvTable(header, rows, file);
    }

    /** Skips lines holding only spaces and tabs; false at the end of the text. */
    private boolean skipBlankLines() {
        while (true) {
            int p = pos;
            while (p < text.length() && isSpace(text.charAt(p))) p++;
            if (p == text.length()) {
                pos = p;
                return false;
            }
            if (!isLineBreak(text.charAt(p))) return true;
            pos = p;
            consumeLineBreak();
        }
    }

    private CsvRow readRow() {
        int rowLine = line;
        List<CsvCell> cells = new ArrayList<>();
        while (true) {
            cells.add(readCell(cells.size()));
            if (pos == text.length()) break;
            if (text.charAt(pos) == ',') {
                advance();
            } else {
                consumeLineBreak(); // readCell stops only at a comma, a line break or the end
                break;
            }
        }
        return new CsvRow(rowLine, cells);
    }

    private CsvCell readCell(int index) {
        int startColumn = column;
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '"') return readQuoted(index);
        int contentStart = pos;
        int contentColumn = column;
        while (pos < text.length() && !isCellEnd(text.charAt(pos))) advance();
        int end = pos;
        while (end > contentStart && isSpace(text.charAt(end - 1))) end--;
        String value = text.substring(contentStart, end);
        if (value.isEmpty()) return new CsvCell(value, line, startColumn, Math.max(1, column - startColumn), line, column);
        return new CsvCell(value, line, contentColumn, value.codePointCount(0, value.length()), line, column);
    }

    private CsvCell readQuoted(int index) {
        int quoteLine = line;
        int quoteColumn = column;
        int firstLineLength = -1;
        StringBuilder value = new StringBuilder();
        advance();
        while (true) {
            if (pos == text.length()) {
                throw new DataError(DataErrorKind.UNTERMINATED_QUOTE, file, quoteLine, quoteColumn, 1,
                        columnName(index), null, "the quoted value that starts here is never closed",
                        "add the closing `\"`; a `\"` inside a quoted value is written `\"\"`");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    value.append('"');
                    advance();
                    advance();
                    continue;
                }
                advance();
                break;
            }
            if (isLineBreak(c)) {
                if (firstLineLength < 0) firstLineLength = column - quoteColumn;
                int from = pos;
                consumeLineBreak();
                value.append(text, from, pos); // the cell's own line break, kept as written
            } else {
                int from = pos;
                advance();
                value.append(text, from, pos);
            }
        }
        int length = firstLineLength >= 0 ? firstLineLength : column - quoteColumn;
        int endLine = line;
        int endColumn = column;
        skipSpaces();
        if (pos < text.length() && !isCellEnd(text.charAt(pos))) throw textAfterQuote(index);
        return new CsvCell(value.toString(), quoteLine, quoteColumn, length, endLine, endColumn);
    }

    private DataError textAfterQuote(int index) {
        int from = pos;
        int fromColumn = column;
        while (pos < text.length() && !isCellEnd(text.charAt(pos))) advance();
        String stray = text.substring(from, pos).strip();
        return new DataError(DataErrorKind.TEXT_AFTER_QUOTE, file, line, fromColumn,
                stray.codePointCount(0, stray.length()), columnName(index), stray,
                "unexpected text `" + stray + "` after the closing quote",
                "a quoted value must end at a comma or the end of the line; "
                        + "a `\"` inside a quoted value is written `\"\"`");
    }

    private String columnName(int index) {
        return headerNames != null && index < headerNames.size() ? headerNames.get(index) : null;
    }

    private void advance() {
        char c = text.charAt(pos++);
        if (Character.isHighSurrogate(c) && pos < text.length() && Character.isLowSurrogate(text.charAt(pos))) pos++;
        column++;
    }

    private void consumeLineBreak() {
        char c = text.charAt(pos++);
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') pos++;
        line++;
        column = 1;
    }

    private void skipSpaces() {
        while (pos < text.length() && isSpace(text.charAt(pos))) advance();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isCellEnd(char c) {
        return c == ',' || isLineBreak(c);
    }
}
