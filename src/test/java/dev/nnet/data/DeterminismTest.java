package dev.nnet.data;

import static dev.nnet.data.Fixtures.iris;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The same spec and seed give the same bits; another seed gives another split. */
class DeterminismTest {
    private static final SplitFractions SPLIT = new SplitFractions(0.7, 0.15, 0.15);

    private static void assertSameBits(Examples a, Examples b) {
        // assertArrayEquals on float[] compares bit patterns, not values within a tolerance
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.labels(), b.labels());
    }

    @Test
    void twoLoadsAreBitIdentical() {
        LoadedDataset first = Datasets.load(iris(null, Normalization.STANDARD, SPLIT, 42));
        LoadedDataset second = Datasets.load(iris(null, Normalization.STANDARD, SPLIT, 42));
        assertSameBits(first.all(), second.all());
        assertSameBits(first.train(), second.train());
        assertSameBits(first.validation(), second.validation());
        assertSameBits(first.test(), second.test());
        assertArrayEquals(first.normalizer().offset(), second.normalizer().offset());
        assertArrayEquals(first.normalizer().scale(), second.normalizer().scale());
    }

    @Test
    void anotherSeedDrawsAnotherSplit() {
        Examples a = Datasets.load(iris(null, Normalization.NONE, SPLIT, 42)).train();
        Examples b = Datasets.load(iris(null, Normalization.NONE, SPLIT, 43)).train();
        assertFalse(Arrays.equals(a.x(), b.x()));
    }
}
