package dev.nnet.data;

import static dev.nnet.data.Fixtures.spec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a target is classes or a real number, and the order of the classes. */
class TargetTest {

    @Test
    void aNumericTargetWithoutClassesIsReal() {
        LoadedDataset data = Datasets.load(spec("regression.csv"));
        assertEquals(TargetKind.REAL, data.schema().targetKind());
        assertEquals(List.of(), data.all().classNames());
        assertEquals(4.5f, data.all().y()[9]);
        assertThrows(IllegalStateException.class, () -> data.all().labels());
    }

    @Test
    void aNumericTargetWithClassesIsClasses() {
        LoadedDataset data = Datasets.load(spec("numeric_classes.csv", null, null, List.of("2", "1")));
        assertEquals(TargetKind.CLASSES, data.schema().targetKind());
        // the row of class 10 is left out; the list sets the indexes
        assertArrayEquals(new int[] {0, 1, 0}, data.all().labels());
        assertArrayEquals(new float[] {2f, 3f, 4f}, data.all().x());
    }

    @Test
    void classesWithoutAListAreSortedByText() {
        assertEquals(List.of("a", "b"), Datasets.peek(spec("small.csv")).classNames());
    }

    @Test
    void numbersSortByValueAndWordsByText() {
        assertEquals(List.of("1", "2", "10"), Numbers.sorted(List.of("10", "2", "1")));
        assertEquals(List.of("10", "2", "b"), Numbers.sorted(List.of("b", "2", "10")));
    }

    @Test
    void onlyPlainDecimalsAreNumbers() {
        assertEquals(List.of(true, true, true, false, false, false),
                List.of(Numbers.isDecimal("-1.5e3"), Numbers.isDecimal(".5"), Numbers.isDecimal("2."),
                        Numbers.isDecimal("0x1p3"), Numbers.isDecimal("1f"), Numbers.isDecimal("1,5")));
    }
}
