package dev.nnet.data;

import static dev.nnet.data.Fixtures.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The csv options `drop`, `missing` and `shuffle`. */
class OptionsTest {
    @TempDir
    Path dir;

    private DatasetSpec spec(String csv, List<String> drop, MissingPolicy missing, boolean shuffle,
                             SplitFractions split) throws IOException {
        Path file = Files.writeString(dir.resolve("d.csv"), csv);
        return new DatasetSpec(new Source.CsvFile(file), null, null, null, Normalization.NONE, split, 3, drop,
                missing, shuffle);
    }

    private static final String GAPS = "a,b,label\n1,,x\n3,4,y\n5,8,x\n";

    @Test
    void dropLeavesAColumnOut() throws IOException {
        Examples e = Datasets.load(spec("id,a,label\nr1,1,x\nr2,2,y\n", List.of("id"), null, false, null)).all();
        assertEquals(List.of("a"), e.featureNames());
        assertArrayEquals(new float[] {1, 2}, e.x());
    }

    @Test
    void droppingTheTargetIsAnError() throws IOException {
        DataError e = assertThrows(DataError.class,
                () -> Datasets.peek(spec("a,label\n1,x\n", List.of("label"), null, false, null)));
        assertEquals(DataErrorKind.DROPPED_COLUMN_IN_USE, e.kind());
    }

    @Test
    void withoutAPolicyAGapIsAnError() throws IOException {
        DataError e = assertThrows(DataError.class, () -> Datasets.peek(spec(GAPS, null, null, false, null)));
        assertError(e, DataErrorKind.MISSING_VALUE, 2, 3, 1, "b", "");
    }

    @Test
    void dropLeavesOutTheRowsWithGaps() throws IOException {
        LoadedDataset d = Datasets.load(spec(GAPS + "7,9,\n", null, MissingPolicy.DROP, false, null));
        assertEquals(2, d.schema().rowCount());
        assertArrayEquals(new float[] {3, 4, 5, 8}, d.all().x());
    }

    @Test
    void zeroFillsInZero() throws IOException {
        assertArrayEquals(new float[] {1, 0, 3, 4, 5, 8},
                Datasets.load(spec(GAPS, null, MissingPolicy.ZERO, false, null)).all().x());
    }

    @Test
    void meanFillsInTheColumnMean() throws IOException {
        assertArrayEquals(new float[] {1, 6, 3, 4, 5, 8},
                Datasets.load(spec(GAPS, null, MissingPolicy.MEAN, false, null)).all().x());
    }

    @Test
    void meanIsTakenOverTheTrainRowsOnly() throws IOException {
        // ten rows, b missing in one; the mean must be that of the train rows' b values
        StringBuilder csv = new StringBuilder("a,b,label\n0,,x\n");
        for (int i = 1; i < 10; i++) csv.append(i).append(',').append(i * 10).append(',').append(i % 2 == 0 ? "x" : "y").append('\n');
        LoadedDataset d = Datasets.load(spec(csv.toString(), null, MissingPolicy.MEAN, false,
                new SplitFractions(0.5, 0, 0.5)));
        double sum = 0;
        int count = 0;
        float filled = Float.NaN;
        for (int i = 0; i < d.train().count(); i++) {
            if (d.train().x()[i * 2] == 0f) filled = d.train().x()[i * 2 + 1];
            else {
                sum += d.train().x()[i * 2 + 1];
                count++;
            }
        }
        for (int i = 0; i < d.test().count(); i++) {
            if (d.test().x()[i * 2] == 0f) filled = d.test().x()[i * 2 + 1];
        }
        assertEquals((float) (sum / count), filled, 1e-4);
    }

    @Test
    void aMeanOfAnEmptyColumnIsAnError() throws IOException {
        DataError e = assertThrows(DataError.class,
                () -> Datasets.load(spec("a,b,label\n1,,x\n2,,y\n", null, MissingPolicy.MEAN, false, null)));
        assertEquals(DataErrorKind.NO_VALUE_FOR_MEAN, e.kind());
        assertEquals("b", e.columnName());
    }

    @Test
    void shuffleReordersTheRowsTheSameWayEveryTime() throws IOException {
        StringBuilder csv = new StringBuilder("a,label\n");
        for (int i = 0; i < 50; i++) csv.append(i).append(',').append(i % 2).append('\n');
        float[] plain = Datasets.load(spec(csv.toString(), null, null, false, null)).all().x();
        float[] once = Datasets.load(spec(csv.toString(), null, null, true, null)).all().x();
        float[] twice = Datasets.load(spec(csv.toString(), null, null, true, null)).all().x();
        assertArrayEquals(once, twice);
        assertNotEquals(Arrays.toString(plain), Arrays.toString(once));
        float[] sorted = once.clone();
        Arrays.sort(sorted);
        assertArrayEquals(plain, sorted);
    }
}
