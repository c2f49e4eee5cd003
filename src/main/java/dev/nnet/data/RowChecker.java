package dev.nnet.data;

import java.nio.file.Path;
import java.util.List;

/** Checks one data row's shape and turns its cells into numbers, or says exactly which cell is wrong. */
final class RowChecker {
    /** What other tools write for a missing value, to point out that NNet reads only an empty cell so. */
    private static final List<String> MISSING_MARKS = List.of("?", "na", "n/a", "null", "none", "-");

    private final Path file;
    private final List<String> names;
    private final MissingPolicy missing;

    RowChecker(Path file, List<String> names, MissingPolicy missing) {
        this.file = file;
        this.names = names;
        this.missing = missing;
    }

    void checkShape(CsvRow row) {
        if (row.size() < names.size()) {
            CsvCell last = row.last();
            String missing = names.get(row.size());
            throw new DataError(DataErrorKind.ROW_TOO_SHORT, file, last.endLine(), last.endColumn(), 1, missing, null,
                    "this row has " + row.size() + " " + values(row.size()) + ", but the header names "
                            + names.size() + " columns",
                    "the first missing value is for column `" + missing + "`; every row needs one value per column");
        }
        if (row.size() > names.size()) {
            CsvCell extra = row.cell(names.size());
            throw at(DataErrorKind.ROW_TOO_LONG, extra, null, extra.text(),
                    "this row has " + row.size() + " values, but the header names " + names.size() + " "
                            + (names.size() == 1 ? "column" : "columns"),
                    "a value containing a comma must be put in double quotes, "
                            + "and numbers are written with a decimal point (1.5, not 1,5)");
        }
    }

    float number(CsvCell cell, String column, boolean isFeature) {
        String text = cell.text();
        if (Numbers.isDecimal(text)) { // nearly every cell: the checks below are for the others
            float value = Numbers.toFloat(text);
            if (Float.isInfinite(value)) {
                throw at(DataErrorKind.NOT_FINITE, cell, column, text,
                        "the value `" + shown(text) + "` in column `" + column + "` is too large",
                        "values are stored as 32-bit floats, whose magnitude is at most about 3.4e38");
            }
            return value;
        }
        if (text.isEmpty()) throw missing(cell, column, isFeature);
        if (Numbers.isNonFiniteWord(text)) {
            throw at(DataErrorKind.NOT_FINITE, cell, column, text,
                    "the value `" + shown(text) + "` in column `" + column + "` is not a finite number",
                    "training needs real numbers in every cell; fill in a value or remove the row");
        }
        throw at(DataErrorKind.NOT_A_NUMBER, cell, column, text,
                "the value `" + shown(text) + "` in column `" + column + "` is not a number",
                MISSING_MARKS.contains(text.toLowerCase(java.util.Locale.ROOT))
                        ? "only an empty cell counts as missing; replace `" + text + "` with nothing ("
                                + "and choose what an empty cell means with `missing:`)"
                        : "feature columns must be numbers; list the columns to use with `features: [...]`");
    }

    DataError missing(CsvCell cell, String column, boolean isFeature) {
        return at(DataErrorKind.MISSING_VALUE, cell, column, "",
                "the value in column `" + column + "` is missing",
                isFeature || missing == MissingPolicy.ERROR
                        ? "fill it in, remove the row, or say what an empty cell means with "
                                + "`missing: drop`, `mean` or `zero`"
                        : "a row's target is never filled in for it; fill it in, remove the row, or use `missing: drop`");
    }

    private DataError at(DataErrorKind kind, CsvCell cell, String column, String value, String message, String help) {
        return new DataError(kind, file, cell.line(), cell.column(), cell.length(), column, value, message, help);
    }

    /** The text with control characters written as escapes, so that a message never prints a raw NUL or ESC. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) out.append(String.format("\\u%04X", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    private static String values(int count) {
        return count == 1 ? "value" : "values";
    }
}
