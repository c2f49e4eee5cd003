package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InitializerTest {

    private static Dense dense(long seed, Initializer init) {
        return new Dense("d", 20, 30, init, true, Precision.FLOAT32, Rng.forPurpose(seed, "init"));
    }

    @Test
    void sameSeedGivesIdenticalWeights() {
        for (Initializer init : Initializer.values()) {
            assertArrayEquals(dense(42, init).weight().value().floats(), dense(42, init).weight().value().floats(), init.name());
        }
        assertFalse(Arrays.equals(dense(42, Initializer.HE_NORMAL).weight().value().floats(),
                dense(43, Initializer.HE_NORMAL).weight().value().floats()), "another seed gives other weights");
    }

    @Test
    void biasStartsAtZero() {
        assertArrayEquals(new float[30], dense(1, Initializer.XAVIER_UNIFORM).bias().value().floats());
    }

    private static double[] stats(Initializer init, int fanIn, int fanOut) {
        Tensor t = Tensor.zeros(Precision.FLOAT64, fanIn, fanOut);
        init.fill(t, fanIn, fanOut, new Rng(7));
        double sum = 0, squares = 0, max = 0;
        for (double v : t.doubles()) {
            sum += v;
            squares += v * v;
            max = Math.max(max, Math.abs(v));
        }
        int n = t.size();
        return new double[] {sum / n, Math.sqrt(squares / n - (sum / n) * (sum / n)), max};
    }

    @Test
    void boundsAndDeviationsFollowTorchNnInit() {
        // 200 x 300 = 60,000 draws: the sample deviation is within about 1% of the true one.
        double[] xu = stats(Initializer.XAVIER_UNIFORM, 200, 300);
        double a = Math.sqrt(6.0 / 500);
        assertTrue(xu[2] <= a && xu[2] > 0.99 * a, "xavier uniform bound");
        assertEquals(a / Math.sqrt(3), xu[1], 0.02 * a);

        double[] xn = stats(Initializer.XAVIER_NORMAL, 200, 300);
        assertEquals(Math.sqrt(2.0 / 500), xn[1], 0.02 * Math.sqrt(2.0 / 500));

        double[] hu = stats(Initializer.HE_UNIFORM, 200, 300);
        double b = Math.sqrt(6.0 / 200);
        assertTrue(hu[2] <= b && hu[2] > 0.99 * b, "he uniform bound");

        double[] hn = stats(Initializer.HE_NORMAL, 200, 300);
        assertEquals(Math.sqrt(2.0 / 200), hn[1], 0.02 * Math.sqrt(2.0 / 200));
        assertEquals(0, hn[0], 0.01);

        assertEquals(0, stats(Initializer.ZEROS, 3, 4)[2]);
    }

    @Test
    void defaultIsHeForReluAndXavierOtherwise() {
        assertEquals(Initializer.HE_UNIFORM, Initializer.defaultFor(Activation.RELU));
        assertEquals(Initializer.XAVIER_UNIFORM, Initializer.defaultFor(Activation.TANH));
        assertEquals(Initializer.XAVIER_UNIFORM, Initializer.defaultFor(Activation.SOFTMAX));
        assertEquals(Initializer.XAVIER_UNIFORM, Initializer.defaultFor(null));
    }

    @Test
    void normalAndUniformTakeTheirArguments() {
        Tensor t = Tensor.zeros(Precision.FLOAT64, 200, 300);
        WeightInit.normal(0.05).fill(t, 200, 300, new Rng(8));
        double sum = 0, squares = 0;
        for (double v : t.doubles()) {
            sum += v;
            squares += v * v;
        }
        assertEquals(0, sum / t.size(), 0.001);
        assertEquals(0.05, Math.sqrt(squares / t.size()), 0.001);

        WeightInit.uniform(-0.2, 0.6).fill(t, 200, 300, new Rng(9));
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        sum = 0;
        for (double v : t.doubles()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        assertTrue(min >= -0.2 && min < -0.199 && max < 0.6 && max > 0.599, "uniform fills [low, high)");
        assertEquals(0.2, sum / t.size(), 0.005);
        assertEquals("normal(0.05)", WeightInit.normal(0.05).describe());
        // torch's defaults when no argument is given: std 1, [0, 1).
        assertEquals(1.0, Initializer.NORMAL.defaultFirst());
        assertEquals(WeightInit.uniform(0, 1), WeightInit.of(Initializer.UNIFORM));
    }

    @Test
    void theReluFamilyGetsHe() {
        for (Activation a : new Activation[] {Activation.LEAKY_RELU, Activation.ELU, Activation.GELU, Activation.SILU,
            Activation.SOFTPLUS}) {
            assertEquals(Initializer.HE_UNIFORM, Initializer.defaultFor(a), a.label());
        }
        assertEquals(Initializer.XAVIER_UNIFORM, Initializer.defaultFor(Activation.SIGMOID));
    }
}
