package dev.nnet.data;

import static dev.nnet.data.Fixtures.assertError;
import static dev.nnet.data.Fixtures.error;
import static dev.nnet.data.Fixtures.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Mistakes about the file as a whole, and its header row. */
class FileErrorsTest {

    @Test
    void aMissingFileSuggestsANearbyName() {
        DataError e = error(spec("smal.csv"));
        assertError(e, DataErrorKind.FILE_NOT_FOUND, 0, 0, 0, null, null);
        assertEquals(Fixtures.file("smal.csv"), e.file());
        assertEquals("did you mean `small.csv`?", e.help());
    }

    @Test
    void aFolderIsUnreadable() {
        DataError e = error(DatasetSpec.of(new Source.CsvFile(Fixtures.dir())));
        assertError(e, DataErrorKind.UNREADABLE, 0, 0, 0, null, null);
    }

    @Test
    void aFileWithNoBytesIsEmpty() {
        assertError(error(spec("empty.csv")), DataErrorKind.EMPTY_FILE, 0, 0, 0, null, null);
    }

    @Test
    void aFileOfBlankLinesIsEmpty() {
        assertError(error(spec("blank_lines_only.csv")), DataErrorKind.EMPTY_FILE, 0, 0, 0, null, null);
    }

    @Test
    void aHeaderWithoutRowsHasNoRows() {
        assertError(error(spec("header_only.csv")), DataErrorKind.NO_ROWS, 1, 0, 0, null, null);
    }

    @Test
    void aRepeatedColumnNamePointsAtItsSecondOccurrence() {
        DataError e = error(spec("duplicate_column.csv"));
        assertError(e, DataErrorKind.DUPLICATE_COLUMN, 1, 7, 2, "x1", "x1");
        assertEquals("columns 1 and 3 are both called `x1`; column names must be unique", e.help());
    }

    @Test
    void theByteOrderMarkIsNotACharacterOfTheFirstLine() {
        assertError(error(spec("bom_duplicate.csv")), DataErrorKind.DUPLICATE_COLUMN, 1, 4, 2, "x1", "x1");
    }

    @Test
    void anUnnamedColumnInUseIsAnError() {
        assertError(error(spec("empty_column_name.csv")), DataErrorKind.EMPTY_COLUMN_NAME, 1, 1, 1, null, "");
    }

    @Test
    void anUnnamedColumnLeftOutIsHarmless() {
        // pandas writes its row index as a first column with an empty name
        DataSchema schema = Datasets.peek(spec("empty_column_name.csv", "label", java.util.List.of("x1"), null));
        assertEquals(java.util.List.of("x1"), schema.featureNames());
    }

    @Test
    void aBuiltinHasNoFile() {
        DataError e = error(new DatasetSpec(new Source.Builtin("iris"), "kind", null, null, null, null, 0));
        assertNull(e.file());
        assertEquals("there is no column `kind` in the built-in dataset `iris`", e.getMessage());
    }
}
