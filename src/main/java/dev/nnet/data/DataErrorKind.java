package dev.nnet.data;

/**
 * What went wrong with a data file, or with how a script describes one. Each kind is a separate
 * diagnostic so that the checker can give it a stable code and tools can match on it.
 */
public enum DataErrorKind {
    /** The path names no file. */
    FILE_NOT_FOUND,
    /** The file exists but cannot be read (a folder, no permission, an I/O failure). */
    UNREADABLE,
    /** Nothing in the file, not even a header row. */
    EMPTY_FILE,
    /** A header row and nothing under it. */
    NO_ROWS,
    /** A column the dataset uses shares its name with another column. */
    DUPLICATE_COLUMN,
    /** A column the dataset uses has an empty header cell. */
    EMPTY_COLUMN_NAME,
    /** The script names a column the header does not have. */
    UNKNOWN_COLUMN,
    /** A row has fewer cells than the header. */
    ROW_TOO_SHORT,
    /** A row has more cells than the header. */
    ROW_TOO_LONG,
    /** A feature cell is not a number. */
    NOT_A_NUMBER,
    /** A feature or target cell is empty. */
    MISSING_VALUE,
    /** A number cell is NaN, an infinity, or too large for a 32-bit float. */
    NOT_FINITE,
    /** A quoted cell is never closed. */
    UNTERMINATED_QUOTE,
    /** Text follows the closing quote of a quoted cell. */
    TEXT_AFTER_QUOTE,
    /** The file is not valid UTF-8. */
    BAD_ENCODING,
    /** A class name asked of a dataset is not one of its classes. */
    UNKNOWN_CLASS,
    /** {@code classes} names a value the target column never has. */
    CLASS_NOT_IN_DATA,
    /** {@code classes} names the same class twice. */
    DUPLICATE_CLASS,
    /** {@code classes} is an empty list. */
    NO_CLASSES,
    /** No feature columns: {@code features} is empty, or the file has only the target. */
    NO_FEATURES,
    /** {@code features} names the same column twice. */
    DUPLICATE_FEATURE,
    /** {@code features} includes the target column. */
    TARGET_IS_FEATURE,
    /** No built-in dataset has that name. */
    UNKNOWN_BUILTIN,
    /** A split with a fraction above zero would get no rows. */
    TOO_FEW_ROWS,
    /** An IDX file with the wrong magic number, a size that does not match its header, or counts that differ. */
    IDX_MALFORMED,
    /** {@code drop} names the target or a column listed in {@code features}. */
    DROPPED_COLUMN_IN_USE,
    /** {@code missing: mean} on a column with no value in the rows the mean is taken over. */
    NO_VALUE_FOR_MEAN
}
