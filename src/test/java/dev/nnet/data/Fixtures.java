package dev.nnet.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The CSV files under src/test/resources/dev/nnet/data, and shorthand for specs and errors. */
final class Fixtures {
    private Fixtures() {}

    static Path dir() {
        try {
            return Path.of(Fixtures.class.getResource("small.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    static DatasetSpec spec(String file) {
        return DatasetSpec.of(new Source.CsvFile(file(file)));
    }

    static DatasetSpec spec(String file, String target, List<String> features, List<String> classes) {
        return new DatasetSpec(new Source.CsvFile(file(file)), target, features, classes, Normalization.NONE, null, 0L);
    }

    static DatasetSpec iris(List<String> classes, Normalization normalize, SplitFractions split, long seed) {
        return new DatasetSpec(new Source.Builtin("iris"), "species", null, classes, normalize, split, seed);
    }

    /** Both entry points must report the same first mistake: the checker sees what a run would. */
    static DataError error(DatasetSpec spec) {
        DataError fromPeek = assertThrows(DataError.class, () -> Datasets.peek(spec));
        DataError fromLoad = assertThrows(DataError.class, () -> Datasets.load(spec));
        assertEquals(fromPeek.kind(), fromLoad.kind());
        assertEquals(fromPeek.line(), fromLoad.line());
        assertEquals(fromPeek.column(), fromLoad.column());
        return fromLoad;
    }

    /** Kind, position, column and value in one assertion, so a failure shows them all. */
    static void assertError(DataError e, DataErrorKind kind, int line, int column, int length,
                            String columnName, String value) {
        assertEquals(List.of(kind, line, column, length, String.valueOf(columnName), String.valueOf(value)),
                List.of(e.kind(), e.line(), e.column(), e.length(), String.valueOf(e.columnName()),
                        String.valueOf(e.value())),
                () -> "kind, line, column, length, columnName, value; message: " + e.getMessage());
    }
}
