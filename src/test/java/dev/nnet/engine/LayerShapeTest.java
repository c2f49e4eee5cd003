package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The new layers' shapes: what they promise for one row matches what forward builds, and misfits are refused with a message. */
class LayerShapeTest {
    private static final Precision P = Precision.FLOAT32;

    private static void promiseMatches(Layer layer, int batch, int... row) {
        int[] full = new int[row.length + 1];
        full[0] = batch;
        System.arraycopy(row, 0, full, 1, row.length);
        Graph g = new Graph(P);
        Node y = layer.forward(g, g.constant(Tensor.zeros(P, full)));
        int[] promised = layer.outputShape(row);
        int[] got = y.shape();
        assertArrayEquals(promised, java.util.Arrays.copyOfRange(got, 1, got.length), layer.describe());
        assertTrue(got[0] == batch, layer.describe() + " keeps the batch axis");
    }

    @Test
    void outputShapesAreThoseBuilt() {
        Rng rng = new Rng(1);
        promiseMatches(new Conv2d("c", 3, 8, 3, 3, new int[] {2, 2}, new int[] {1, 1}, WeightInit.of(Initializer.HE_UNIFORM),
                true, P, rng), 2, 3, 28, 27);
        promiseMatches(Pool2d.max(2, 2, 2, 2), 2, 3, 7, 9);
        promiseMatches(Pool2d.average(3, 2, 1, 2), 2, 3, 7, 9);
        promiseMatches(new Flatten(), 2, 3, 4, 5);
        promiseMatches(new Reshape(1, 28, 28), 2, 784);
        promiseMatches(new BatchNorm("b", 3, 0.1, 1e-5, P), 4, 3, 5, 5);
        promiseMatches(new LayerNorm("l", 5, 1e-5, P), 4, 5);
        promiseMatches(new Dropout(0.5, rng), 4, 5);
    }

    @Test
    void misfitsAreRefused() {
        Graph g = new Graph(P);
        Node image = g.constant(Tensor.zeros(P, 2, 3, 8, 8));
        Node w = g.constant(Tensor.zeros(P, 4, 2, 3, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> g.conv2d(image, w, null, new int[] {1, 1}, new int[] {0, 0}));
        assertTrue(e.getMessage().contains("3 channels"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.reshape(image, 5, -1));
        assertThrows(IllegalArgumentException.class, () -> g.reshape(image, -1, -1));
        assertThrows(IllegalArgumentException.class, () -> g.maxPool(image, 9, 2, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new BatchNorm("b", 4, 0.1, 1e-5, P).outputShape(new int[] {3, 8, 8}));
        assertThrows(IllegalArgumentException.class, () -> new Reshape(1, 28, 28).outputShape(new int[] {780}));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(1.0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> g.huber(image, image, 0));
    }
}
