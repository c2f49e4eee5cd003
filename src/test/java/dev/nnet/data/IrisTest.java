package dev.nnet.data;

import static dev.nnet.data.Fixtures.iris;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in Iris table, and the binary problem the language's tour trains on. */
class IrisTest {
    private static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");

    @Test
    void theBuiltinHasFisherS150Rows() {
        DataSchema schema = Datasets.peek(DatasetSpec.of(new Source.Builtin("iris")));
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), schema.featureNames());
        assertEquals("species", schema.targetName());
        assertEquals(TargetKind.CLASSES, schema.targetKind());
        assertEquals(SPECIES, schema.classNames());
        assertEquals(List.of(50, 50, 50), schema.classCounts());
        assertEquals(150, schema.rowCount());
    }

    @Test
    void theFirstRowIsFishersFirstSetosa() {
        Examples all = Datasets.load(iris(null, Normalization.NONE, null, 0)).all();
        assertArrayEquals(new float[] {5.1f, 3.5f, 1.4f, 0.2f}, java.util.Arrays.copyOf(all.x(), 4));
        assertEquals(0, all.labels()[0]);
        assertEquals(2, all.labels()[149]);
    }

    @Test
    void twoClassesMakeTheBinaryProblemOf100Rows() {
        LoadedDataset data = Datasets.load(iris(List.of("setosa", "versicolor"), Normalization.NONE, null, 0));
        assertEquals(100, data.all().count());
        assertEquals(List.of("setosa", "versicolor"), data.all().classNames());
        assertEquals(List.of(50, 50), data.schema().classCounts());
    }

    @Test
    void theClassesListSetsTheIndexOrder() {
        Examples all = Datasets.load(iris(List.of("versicolor", "setosa"), Normalization.NONE, null, 0)).all();
        assertEquals(1, all.labels()[0]); // the file starts with setosa
    }

    @Test
    void theExampleFileIsTheBuiltinTable() throws IOException {
        // Maven runs tests from the project folder, where the tour's script finds data/iris.csv
        byte[] example = Files.readAllBytes(Path.of("examples/data/iris.csv"));
        try (InputStream in = Datasets.class.getResourceAsStream("iris.csv")) {
            assertArrayEquals(in.readAllBytes(), example);
        }
    }
}
