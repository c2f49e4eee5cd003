package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TensorTest {

    @Test
    void zerosHasTheShapeAndPrecisionAsked() {
        Tensor t = Tensor.zeros(Precision.FLOAT32, 2, 3);
        assertEquals(Precision.FLOAT32, t.precision());
        assertArrayEquals(new int[] {2, 3}, t.shape());
        assertEquals(2, t.rank());
        assertEquals(3, t.dim(1));
        assertEquals(6, t.size());
        assertArrayEquals(new float[6], t.floats());
        assertThrows(IllegalStateException.class, t::doubles);
        assertThrows(IllegalStateException.class, () -> Tensor.zeros(Precision.FLOAT64, 1).floats());
    }

    @Test
    void aScalarHasAnEmptyShapeAndOneElement() {
        Tensor s = Tensor.scalar(Precision.FLOAT64, 2.5);
        assertEquals(0, s.rank());
        assertEquals(1, s.size());
        assertEquals(2.5, s.get(0));
        assertEquals("float64[] 2.5", s.toString());
    }

    @Test
    void wrapSharesTheArrayAndShapeIsACopy() {
        float[] data = {1, 2, 3, 4};
        Tensor t = Tensor.wrap(data, 2, 2);
        assertSame(data, t.floats());
        data[3] = 9;
        assertEquals(9, t.get(3));
        t.shape()[0] = 7;
        assertArrayEquals(new int[] {2, 2}, t.shape());
        assertThrows(IllegalArgumentException.class, () -> Tensor.wrap(new double[3], 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(Precision.FLOAT32, 2, -1));
    }

    @Test
    void setGetCopyFillAndCopyFrom() {
        Tensor t = Tensor.zeros(Precision.FLOAT64, 3);
        t.set(1, 0.1);
        Tensor c = t.copy();
        assertNotSame(t.doubles(), c.doubles());
        t.fill(4);
        assertArrayEquals(new double[] {0, 0.1, 0}, c.doubles());
        assertArrayEquals(new double[] {4, 4, 4}, t.doubles());
        Tensor f = Tensor.zeros(Precision.FLOAT32, 3, 1); // same size, other shape and precision
        f.copyFrom(c);
        assertArrayEquals(new float[] {0, 0.1f, 0}, f.floats());
        assertThrows(IllegalArgumentException.class, () -> f.copyFrom(Tensor.zeros(Precision.FLOAT32, 4)));
    }

    @Test
    void toStringShowsShapeAndNestedRowsAndElidesLongAxes() {
        Tensor t = Tensor.wrap(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertEquals("float32[2, 3] [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]", t.toString());
        Tensor longer = Tensor.zeros(Precision.FLOAT64, 10);
        for (int i = 0; i < 10; i++) longer.set(i, i);
        assertEquals("float64[10] [0.0, 1.0, 2.0, ..., 7.0, 8.0, 9.0]", longer.toString());
    }
}
