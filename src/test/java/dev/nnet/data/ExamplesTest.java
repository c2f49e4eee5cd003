package dev.nnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {
    private static final Examples TABLE = Examples.classification(new float[] {1, 2, 3, 4, 5, 6}, 2,
            new int[] {0, 1, 1}, List.of("a", "b"), List.of("no", "yes"));

    @Test
    void selectTakesRowsInTheOrderGiven() {
        Examples picked = TABLE.select(new int[] {2, 0});
        assertArrayEquals(new float[] {5, 6, 1, 2}, picked.x());
        assertArrayEquals(new int[] {1, 0}, picked.labels());
    }

    @Test
    void aLabelOutsideTheClassesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Examples.classification(new float[] {1}, 1,
                new int[] {2}, List.of("a"), List.of("no", "yes")));
    }

    @Test
    void valuesThatAreNotWholeRowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Examples.regression(new float[] {1, 2, 3}, 2,
                new float[] {0, 1}, List.of("a", "b")));
    }
}
