package dev.nnet.data;

import static dev.nnet.data.Fixtures.iris;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Seeded, stratified splits. */
class SplitTest {
    private static final SplitFractions TOUR = new SplitFractions(0.7, 0.15, 0.15);

    private static int[] perClass(Examples examples) {
        int[] counts = new int[examples.classNames().size()];
        for (int label : examples.labels()) counts[label]++;
        return counts;
    }

    @Test
    void everyClassIsSplitInTheSameProportions() {
        // per class of 50: round(35.0) = 35 train, round(7.5) = 8 validation, the other 7 test
        LoadedDataset data = Datasets.load(iris(null, Normalization.NONE, TOUR, 42));
        assertArrayEquals(new int[] {35, 35, 35}, perClass(data.train()));
        assertArrayEquals(new int[] {8, 8, 8}, perClass(data.validation()));
        assertArrayEquals(new int[] {7, 7, 7}, perClass(data.test()));
    }

    @Test
    void theBinaryTourDatasetSplitsInto70And16And14() {
        LoadedDataset data = Datasets.load(iris(List.of("setosa", "versicolor"), Normalization.STANDARD, TOUR, 42));
        assertArrayEquals(new int[] {70, 16, 14},
                new int[] {data.train().count(), data.validation().count(), data.test().count()});
    }

    @Test
    void classesAreMixedWithinASplit() {
        int[] labels = Datasets.load(iris(null, Normalization.NONE, TOUR, 42)).train().labels();
        int[] sorted = labels.clone();
        Arrays.sort(sorted);
        assertNotEquals(Arrays.toString(sorted), Arrays.toString(labels));
    }

    @Test
    void partitionsAreDisjointAndCoverEveryRow() {
        int[] labels = new int[30];
        for (int i = 0; i < labels.length; i++) labels[i] = i % 3;
        int[][] parts = Splitter.split(labels.length, labels, 3, TOUR, 7);
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(parts[0]), Arrays.stream(parts[1])),
                Arrays.stream(parts[2])).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 30).toArray(), all);
    }

    @Test
    void aZeroFractionGivesNoTableAndNoRows() {
        LoadedDataset data = Datasets.load(iris(null, Normalization.NONE, new SplitFractions(0.8, 0.2, 0), 1));
        assertNull(data.test());
        assertEquals(150, data.train().count() + data.validation().count());
    }

    @Test
    void roundingNeverPutsRowsInASplitWithoutAShare() {
        // 0.5 of 3 rounds up twice: validation gets what train leaves, test stays empty
        assertArrayEquals(new int[] {2, 1, 0}, Splitter.sizes(3, new SplitFractions(0.5, 0.5, 0)));
        assertArrayEquals(new int[] {3, 0, 0}, Splitter.sizes(3, new SplitFractions(1, 0, 0)));
        assertArrayEquals(new int[] {7, 2, 1}, Splitter.sizes(10, new SplitFractions(0.7, 0.15, 0.15)));
    }

    @Test
    void aRealTargetIsShuffledAndCut() {
        DatasetSpec spec = new DatasetSpec(new Source.CsvFile(Fixtures.file("regression.csv")), null, null, null,
                Normalization.NONE, new SplitFractions(0.6, 0.2, 0.2), 3);
        LoadedDataset data = Datasets.load(spec);
        assertArrayEquals(new int[] {6, 2, 2}, new int[] {data.train().count(), data.validation().count(), data.test().count()});
        float[] seen = new float[10];
        System.arraycopy(data.train().y(), 0, seen, 0, 6);
        System.arraycopy(data.validation().y(), 0, seen, 6, 2);
        System.arraycopy(data.test().y(), 0, seen, 8, 2);
        Arrays.sort(seen);
        assertArrayEquals(data.all().y(), seen); // regression.csv's targets are already ascending
    }

    @Test
    void withoutASplitOnlyAllIsThere() {
        LoadedDataset data = Datasets.load(iris(null, Normalization.NONE, null, 1));
        assertNull(data.train());
        assertNull(data.validation());
        assertNull(data.test());
        assertEquals(150, data.all().count());
    }
}
