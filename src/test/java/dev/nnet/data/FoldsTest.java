package dev.nnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** k-fold assignment: a partition of the rows, stratified by class, drawn from the seed alone. */
class FoldsTest {
    /** Labels of a random number of classes with random, uneven counts. */
    private static int[] labels(Random random, int classes) {
        int rows = 20 + random.nextInt(200);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) labels[i] = random.nextInt(random.nextInt(classes) + 1);
        return labels;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyRowIsHeldOutExactlyOnceAndEachClassIsSpreadEvenly(long seed) {
        Random random = new Random(seed);
        int classes = 2 + random.nextInt(4);
        int[] labels = labels(random, classes);
        int k = 2 + random.nextInt(9);
        int[][] folds = Folds.heldOut(labels.length, labels, classes, k, seed);
        assertEquals(k, folds.length);
        int[] seen = new int[labels.length];
        for (int[] fold : folds) for (int row : fold) seen[row]++;
        int[] once = new int[labels.length];
        Arrays.fill(once, 1);
        assertArrayEquals(once, seen, "each row held out exactly once");
        for (int c = 0; c < classes; c++) {
            int total = 0;
            for (int label : labels) if (label == c) total++;
            for (int[] fold : folds) {
                int inFold = 0;
                for (int row : fold) if (labels[row] == c) inFold++;
                // dealt in turn: each fold gets the class's share rounded down or up
                assertTrue(inFold == total / k || inFold == total / k + 1,
                        "class " + c + " has " + total + " rows, fold has " + inFold + " with k=" + k);
            }
        }
        int smallest = Arrays.stream(folds).mapToInt(f -> f.length).min().orElseThrow();
        int largest = Arrays.stream(folds).mapToInt(f -> f.length).max().orElseThrow();
        assertTrue(largest - smallest <= 1, "fold sizes " + smallest + " to " + largest);
    }

    @Test
    void theTrainingRowsOfAFoldAreEveryOtherRow() {
        int[][] folds = Folds.heldOut(23, null, 0, 4, 9);
        for (int f = 0; f < 4; f++) {
            int[] train = Folds.trainingRows(folds, f);
            assertEquals(23 - folds[f].length, train.length);
            for (int row : folds[f]) assertFalse(Arrays.stream(train).anyMatch(r -> r == row));
        }
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        int[] labels = labels(new Random(3), 3);
        int[][] once = Folds.heldOut(labels.length, labels, 3, 5, 42);
        int[][] again = Folds.heldOut(labels.length, labels, 3, 5, 42);
        int[][] other = Folds.heldOut(labels.length, labels, 3, 5, 43);
        for (int f = 0; f < 5; f++) assertArrayEquals(once[f], again[f]);
        assertFalse(Arrays.deepEquals(once, other), "the seed changes the folds");
    }

    @Test
    void eachFoldIsNormalisedWithStatisticsOfItsTrainingRowsOnly() {
        DatasetSpec spec = new DatasetSpec(new Source.Builtin("iris"), "species", null, null, Normalization.STANDARD,
                null, 7);
        List<Fold> folds = Datasets.folds(spec, 3);
        assertEquals(3, folds.size());
        for (Fold fold : folds) {
            assertEquals(100, fold.train().count());
            assertEquals(50, fold.heldOut().count());
            float[] x = fold.train().x();
            for (int j = 0; j < 4; j++) {
                double sum = 0;
                for (int i = 0; i < 100; i++) sum += x[i * 4 + j];
                assertEquals(0, sum / 100, 1e-4, "the training rows have mean 0 in column " + j);
            }
            assertEquals(3, Arrays.stream(fold.heldOut().labels()).distinct().count(), "every class held out");
        }
    }
}
