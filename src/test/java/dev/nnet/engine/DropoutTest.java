package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Dropout: the identity in inference, a seeded scaled mask in training, and the gradient through the same mask. */
class DropoutTest {
    private static final int N = 20_000;

    private static Tensor ones() {
        Tensor t = Tensor.zeros(Precision.FLOAT32, 100, N / 100);
        t.fill(1);
        return t;
    }

    @Test
    void inferenceIsTheIdentity() {
        Graph g = new Graph(Precision.FLOAT32);
        g.setTraining(false);
        Tensor x = ones();
        Node y = g.dropout(g.constant(x), 0.5, new Rng(1));
        assertArrayEquals(x.floats(), y.value().floats());
    }

    @Test
    void trainingZeroesAboutRateAndScalesTheRest() {
        Graph g = new Graph(Precision.FLOAT32);
        Node y = g.dropout(g.constant(ones()), 0.25, new Rng(2));
        int zeros = 0;
        double sum = 0;
        for (float v : y.value().floats()) {
            if (v == 0) zeros++;
            else assertEquals(1 / 0.75f, v, 1e-6);
            sum += v;
        }
        // Binomial(20000, 0.25): standard deviation about 61; allow four.
        assertEquals(0.25 * N, zeros, 250);
        assertEquals(1.0, sum / N, 0.02, "the expected output equals the input");
    }

    @Test
    void masksAreSeededAndRedrawnAtEachForward() {
        Graph g1 = new Graph(Precision.FLOAT32), g2 = new Graph(Precision.FLOAT32);
        Node a = g1.dropout(g1.constant(ones()), 0.5, Rng.forPurpose(7, "dropout"));
        Node b = g2.dropout(g2.constant(ones()), 0.5, Rng.forPurpose(7, "dropout"));
        assertArrayEquals(a.value().floats(), b.value().floats(), "same seed, same mask");
        float[] first = a.value().floats().clone();
        g1.forward();
        assertFalse(Arrays.equals(first, a.value().floats()), "a replay draws a new mask");
        g2.forward();
        assertArrayEquals(a.value().floats(), b.value().floats(), "and the same sequence of masks");
    }

    @Test
    void theGradientFlowsThroughTheSameMask() {
        Parameter x = new Parameter("x", ones());
        Graph g = new Graph(Precision.FLOAT32);
        Node y = g.dropout(g.parameter(x), 0.5, new Rng(3));
        g.backward(g.sum(y));
        assertArrayEquals(y.value().floats(), x.grad().floats(), "dy/dx is the mask itself, for x = 1");
        g.setTraining(false);
        g.forward();
        x.zeroGrad();
        g.backward(g.sum(y));
        for (float v : x.grad().floats()) assertEquals(1f, v);
        assertTrue(Arrays.equals(ones().floats(), y.value().floats()));
    }
}
