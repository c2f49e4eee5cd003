package dev.nnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Statistics come from the train rows only and are applied to every table. */
class NormalizationTest {
    private static final SplitFractions SPLIT = new SplitFractions(0.5, 0.25, 0.25);

    private static LoadedDataset load(Normalization normalize, SplitFractions split) {
        return Datasets.load(new DatasetSpec(new Source.CsvFile(Fixtures.file("normalize.csv")), "label", null, null,
                normalize, split, 11));
    }

    private static double mean(float[] x, int width, int column) {
        double sum = 0;
        for (int i = column; i < x.length; i += width) sum += x[i];
        return sum / (x.length / width);
    }

    private static double std(float[] x, int width, int column) {
        double m = mean(x, width, column);
        double squares = 0;
        for (int i = column; i < x.length; i += width) squares += (x[i] - m) * (x[i] - m);
        return Math.sqrt(squares / (x.length / width));
    }

    @Test
    void standardStatisticsComeFromTheTrainRowsOnly() {
        // the split does not depend on normalisation, so the raw load has the same rows
        LoadedDataset raw = load(Normalization.NONE, SPLIT);
        Normalizer normalizer = load(Normalization.STANDARD, SPLIT).normalizer();
        float[] train = raw.train().x();
        for (int j = 0; j < 2; j++) {
            assertEquals((float) mean(train, 3, j), normalizer.offset()[j]);
            assertEquals((float) std(train, 3, j), normalizer.scale()[j]);
        }
        // column a is i*i: its mean over all rows is not its mean over a random half
        assertNotEquals((float) mean(raw.all().x(), 3, 0), normalizer.offset()[0]);
    }

    @Test
    void everyTableIsRescaledWithTheTrainStatistics() {
        LoadedDataset raw = load(Normalization.NONE, SPLIT);
        LoadedDataset scaled = load(Normalization.STANDARD, SPLIT);
        float[] expected = raw.test().x().clone();
        scaled.normalizer().applyInPlace(expected, 3);
        assertArrayEquals(expected, scaled.test().x());
        assertEquals(0.0, mean(scaled.train().x(), 3, 0), 1e-6);
        assertEquals(1.0, std(scaled.train().x(), 3, 0), 1e-6);
    }

    @Test
    void aConstantColumnIsLeftUnscaled() {
        Normalizer normalizer = load(Normalization.STANDARD, SPLIT).normalizer();
        assertEquals(5f, normalizer.offset()[2]);
        assertEquals(1f, normalizer.scale()[2]);
    }

    @Test
    void minmaxMapsTheTrainRangeOntoZeroToOne() {
        LoadedDataset raw = load(Normalization.NONE, SPLIT);
        LoadedDataset scaled = load(Normalization.MINMAX, SPLIT);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int i = 0; i < raw.train().x().length; i += 3) {
            min = Math.min(min, raw.train().x()[i]);
            max = Math.max(max, raw.train().x()[i]);
        }
        assertEquals(min, scaled.normalizer().offset()[0]);
        assertEquals(max - min, scaled.normalizer().scale()[0]);
        float lowest = Float.MAX_VALUE;
        float highest = -Float.MAX_VALUE;
        for (int i = 0; i < scaled.train().x().length; i += 3) {
            lowest = Math.min(lowest, scaled.train().x()[i]);
            highest = Math.max(highest, scaled.train().x()[i]);
        }
        assertEquals(0f, lowest);
        assertEquals(1f, highest);
    }

    @Test
    void withoutASplitTheStatisticsComeFromAllRows() {
        LoadedDataset raw = load(Normalization.NONE, null);
        Normalizer normalizer = load(Normalization.STANDARD, null).normalizer();
        assertEquals((float) mean(raw.all().x(), 3, 0), normalizer.offset()[0]);
    }

    @Test
    void noneLeavesValuesAsInTheFile() {
        LoadedDataset raw = load(Normalization.NONE, SPLIT);
        assertArrayEquals(new float[] {0f, -3.5f, 5f}, java.util.Arrays.copyOf(raw.all().x(), 3));
        assertArrayEquals(new float[] {1f, 1f, 1f}, raw.normalizer().scale());
    }

    @Test
    void aStoredNormalizerRescalesANewInputLikeTheTrainingData() {
        LoadedDataset raw = load(Normalization.NONE, SPLIT);
        Normalizer fitted = load(Normalization.STANDARD, SPLIT).normalizer();
        Normalizer restored = Normalizer.of(fitted.kind(), fitted.offset(), fitted.scale());
        float[] input = java.util.Arrays.copyOf(raw.all().x(), 3);
        restored.applyInPlace(input, 3);
        assertArrayEquals(java.util.Arrays.copyOf(load(Normalization.STANDARD, SPLIT).all().x(), 3), input);
    }
}
