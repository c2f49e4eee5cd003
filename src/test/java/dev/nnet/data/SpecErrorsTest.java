package dev.nnet.data;

import static dev.nnet.data.Fixtures.assertError;
import static dev.nnet.data.Fixtures.error;
import static dev.nnet.data.Fixtures.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mistakes in how a script describes a file: names and lists that do not fit it. */
class SpecErrorsTest {

    @Test
    void anUnknownTargetListsTheColumnsInHelpOnly() {
        DataError e = error(spec("small.csv", "lable", null, null));
        assertError(e, DataErrorKind.UNKNOWN_COLUMN, 0, 0, 0, "lable", null);
        assertEquals("there is no column `lable` in the file", e.getMessage());
        assertEquals("did you mean `label`? the columns are x1, x2, label", e.help());
    }

    @Test
    void anUnknownFeatureIsReported() {
        DataError e = error(spec("small.csv", "label", List.of("x1", "x3"), null));
        assertError(e, DataErrorKind.UNKNOWN_COLUMN, 0, 0, 0, "x3", null);
    }

    @Test
    void aClassTheTargetNeverHasPointsAtTheTargetsHeaderCell() {
        DataError e = error(spec("small.csv", "label", null, List.of("a", "z")));
        assertError(e, DataErrorKind.CLASS_NOT_IN_DATA, 1, 7, 5, "label", "z");
        assertTrue(e.help().endsWith("the column's values are a, b"), e.help());
    }

    @Test
    void askingForAClassTheDatasetLacksIsUnknown() {
        DataSchema schema = Datasets.peek(spec("small.csv"));
        DataError e = assertThrows(DataError.class, () -> schema.classIndex("c"));
        assertError(e, DataErrorKind.UNKNOWN_CLASS, 0, 0, 0, "label", "c");
        assertEquals(1, schema.classIndex("b"));
    }

    @Test
    void aClassListedTwiceIsAnError() {
        assertError(error(spec("small.csv", "label", null, List.of("a", "b", "a"))),
                DataErrorKind.DUPLICATE_CLASS, 0, 0, 0, "label", "a");
    }

    @Test
    void anEmptyClassListIsAnError() {
        assertError(error(spec("small.csv", "label", null, List.of())), DataErrorKind.NO_CLASSES, 0, 0, 0, "label", null);
    }

    @Test
    void anEmptyFeatureListIsAnError() {
        assertError(error(spec("small.csv", "label", List.of(), null)), DataErrorKind.NO_FEATURES, 0, 0, 0, null, null);
    }

    @Test
    void aFileWithOnlyTheTargetHasNoFeatures() {
        assertError(error(spec("single_column.csv")), DataErrorKind.NO_FEATURES, 0, 0, 0, "y", null);
    }

    @Test
    void aFeatureListedTwiceIsAnError() {
        assertError(error(spec("small.csv", "label", List.of("x1", "x1"), null)),
                DataErrorKind.DUPLICATE_FEATURE, 0, 0, 0, "x1", null);
    }

    @Test
    void theTargetCannotAlsoBeAFeature() {
        assertError(error(spec("small.csv", "label", List.of("x1", "label"), null)),
                DataErrorKind.TARGET_IS_FEATURE, 0, 0, 0, "label", null);
    }

    @Test
    void anUnknownBuiltinSuggestsTheNearestName() {
        DataError e = error(DatasetSpec.of(new Source.Builtin("iriss")));
        assertError(e, DataErrorKind.UNKNOWN_BUILTIN, 0, 0, 0, null, "iriss");
        assertTrue(e.help().startsWith("did you mean `iris`?"), e.help());
    }

    @Test
    void aSplitThatRoundsToNoRowsIsTooFewRows() {
        // 2 rows per class: 0.1 of 2 rounds to 0, so validation and test would be empty
        DatasetSpec spec = new DatasetSpec(new Source.CsvFile(Fixtures.file("small.csv")), "label", null, null,
                Normalization.NONE, new SplitFractions(0.8, 0.1, 0.1), 1);
        DataError e = error(spec);
        assertError(e, DataErrorKind.TOO_FEW_ROWS, 0, 0, 0, null, null);
        assertEquals("the validation split would have no rows", e.getMessage());
    }
}
