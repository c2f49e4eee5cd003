package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes that do not fit are refused with a plain IllegalArgumentException, when the node is made. */
class ShapeErrorTest {
    private final Graph g = new Graph(Precision.FLOAT32);

    private Node zeros(int... shape) {
        return g.constant(Tensor.zeros(Precision.FLOAT32, shape));
    }

    @Test
    void broadcastingFollowsNumpy() {
        assertArrayEquals(new int[] {2, 3, 4}, Shapes.broadcast("add", new int[] {3, 1}, new int[] {2, 1, 4}));
        assertArrayEquals(new int[] {5}, Shapes.broadcast("add", new int[] {}, new int[] {5}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.add(zeros(2, 3), zeros(2)));
        assertEquals("add: shapes [2, 3] and [2] do not broadcast (axis 1 of the result has sizes 3 and 2)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.mul(zeros(4, 3), zeros(2, 3)));
    }

    @Test
    void indexMapsSendEachOutputElementToTheElementItRead() {
        assertNull(Shapes.indexMap(new int[] {2, 3}, new int[] {2, 3}));
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, Shapes.indexMap(new int[] {3}, new int[] {2, 3}));
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, Shapes.indexMap(new int[] {2, 1}, new int[] {2, 3}));
        assertArrayEquals(new int[] {0, 0, 0, 0}, Shapes.indexMap(new int[] {}, new int[] {2, 2}));
    }

    @Test
    void matmulNeedsMatchingInnerSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.matmul(zeros(2, 3), zeros(4, 5)));
        assertEquals("matmul: [2, 3] x [4, 5]: the left has 3 columns but the right has 4 rows", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.matmul(zeros(3), zeros(3, 2)));
    }

    @Test
    void lossesNeedEqualShapes() {
        assertThrows(IllegalArgumentException.class, () -> g.mse(zeros(2, 3), zeros(3, 2)));
        assertThrows(IllegalArgumentException.class, () -> g.sigmoidBinaryCrossEntropy(zeros(2, 1), zeros(2)));
        assertThrows(IllegalArgumentException.class, () -> g.softmaxCrossEntropy(zeros(2, 3), zeros(2, 4)));
        assertThrows(IllegalArgumentException.class, () -> g.softmaxCrossEntropy(zeros(3), zeros(3)));
        assertThrows(IllegalArgumentException.class, () -> g.softmax(g.constant(Tensor.scalar(Precision.FLOAT32, 1))));
    }

    @Test
    void layersCheckTheirInput() {
        Dense d = new Dense("hidden", 4, 2, Initializer.ZEROS, true, Precision.FLOAT32, new Rng(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.forward(g, zeros(3, 5)));
        assertTrue(e.getMessage().contains("hidden"), e.getMessage());
        assertArrayEquals(new int[] {2}, d.outputShape(new int[] {4}));
        assertThrows(IllegalArgumentException.class, () -> d.outputShape(new int[] {5}));
        Sequential s = new Sequential(List.of(d, new ActivationLayer(Activation.RELU)));
        assertArrayEquals(new int[] {2}, s.outputShape(new int[] {4}));
    }

    @Test
    void precisionsAndGraphsDoNotMix() {
        assertThrows(IllegalArgumentException.class, () -> g.constant(Tensor.zeros(Precision.FLOAT64, 2)));
        Node foreign = new Graph(Precision.FLOAT32).constant(Tensor.zeros(Precision.FLOAT32, 2));
        assertThrows(IllegalArgumentException.class, () -> g.neg(foreign));
    }

    @Test
    void aConstantHasNoGradient() {
        Node c = zeros(2);
        assertThrows(IllegalStateException.class, c::grad);
    }
}
