package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SGD and Adam against references written out here from the published algorithms (the PyTorch
 * docs' pseudo-code for torch.optim.SGD and torch.optim.Adam; Kingma and Ba 2015, Algorithm 1),
 * one scalar at a time. The objective is sum_j (p_j - c_j)^2, whose gradient 2 (p - c) the test
 * writes into the parameter's gradient itself, so no graph is involved.
 */
class OptimizerTest {
    private static final double[] START = {1.0, -2.0, 0.5};
    private static final double[] CENTRE = {0.0, 1.0, 0.25};
    private static final int STEPS = 5;

    private static Parameter start(Precision precision) {
        return new Parameter("p", Tensor.of(precision, START, START.length));
    }

    /** Runs the optimizer on the quadratic and returns the parameter after each step. */
    private static double[][] run(Optimizer optimizer, Precision precision) {
        Parameter p = start(precision);
        double[][] after = new double[STEPS][];
        for (int t = 0; t < STEPS; t++) {
            for (int j = 0; j < START.length; j++) p.grad().set(j, 2 * (p.value().get(j) - CENTRE[j]));
            optimizer.step(List.of(p));
            after[t] = p.value().to(Precision.FLOAT64).doubles().clone();
            assertArrayEquals(new double[START.length], p.grad().to(Precision.FLOAT64).doubles(), "step clears the gradient");
        }
        return after;
    }

    /** torch.optim.SGD with dampening 0, written plainly. */
    private static double[][] sgdReference(double lr, double mu, boolean nesterov, double wd) {
        double[] p = START.clone();
        double[] b = new double[p.length];
        double[][] after = new double[STEPS][];
        for (int t = 1; t <= STEPS; t++) {
            for (int j = 0; j < p.length; j++) {
                double g = 2 * (p[j] - CENTRE[j]);
                if (wd != 0) g = g + wd * p[j];
                if (mu != 0) {
                    b[j] = t > 1 ? mu * b[j] + g : g;
                    g = nesterov ? g + mu * b[j] : b[j];
                }
                p[j] = p[j] - lr * g;
            }
            after[t - 1] = p.clone();
        }
        return after;
    }

    /** Adam, Kingma and Ba 2015, Algorithm 1, with PyTorch's L2 weight decay added to the gradient. */
    private static double[][] adamReference(double lr, double b1, double b2, double eps, double wd) {
        double[] p = START.clone();
        double[] m = new double[p.length];
        double[] v = new double[p.length];
        double[][] after = new double[STEPS][];
        for (int t = 1; t <= STEPS; t++) {
            for (int j = 0; j < p.length; j++) {
                double g = 2 * (p[j] - CENTRE[j]);
                if (wd != 0) g = g + wd * p[j];
                m[j] = b1 * m[j] + (1 - b1) * g;
                v[j] = b2 * v[j] + (1 - b2) * g * g;
                double mHat = m[j] / (1 - Math.pow(b1, t));
                double vHat = v[j] / (1 - Math.pow(b2, t));
                p[j] = p[j] - lr * mHat / (Math.sqrt(vHat) + eps);
            }
            after[t - 1] = p.clone();
        }
        return after;
    }

    private static void assertClose(double[][] expected, double[][] actual, double tolerance) {
        for (int t = 0; t < STEPS; t++) assertArrayEquals(expected[t], actual[t], tolerance, "after step " + (t + 1));
    }

    private static void checkSgd(double lr, double mu, boolean nesterov, double wd) {
        double[][] expected = sgdReference(lr, mu, nesterov, wd);
        assertClose(expected, run(new Sgd(lr, mu, nesterov, wd), Precision.FLOAT64), 1e-12);
        assertClose(expected, run(new Sgd(lr, mu, nesterov, wd), Precision.FLOAT32), 1e-5);
    }

    @Test
    void sgdPlain() {
        checkSgd(0.1, 0, false, 0);
        // By hand: p = 1, c = 0, g = 2, p - 0.1 * 2 = 0.8.
        assertEquals(0.8, run(new Sgd(0.1, 0, false, 0), Precision.FLOAT64)[0][0], 1e-15);
    }

    @Test
    void sgdWithMomentum() {
        checkSgd(0.1, 0.9, false, 0);
        // By hand for p = 1, c = 0: b1 = 2 -> 0.8; g = 1.6, b2 = 0.9 * 2 + 1.6 = 3.4 -> 0.46;
        // g = 0.92, b3 = 0.9 * 3.4 + 0.92 = 3.98 -> 0.062.
        double[][] run = run(new Sgd(0.1, 0.9, false, 0), Precision.FLOAT64);
        assertEquals(0.8, run[0][0], 1e-15);
        assertEquals(0.46, run[1][0], 1e-15);
        assertEquals(0.062, run[2][0], 1e-15);
    }

    @Test
    void sgdWithNesterovMomentum() {
        checkSgd(0.1, 0.9, true, 0);
        // By hand for p = 1, c = 0: g = 2, b = 2, d = 2 + 1.8 = 3.8 -> 0.62;
        // g = 1.24, b = 1.8 + 1.24 = 3.04, d = 1.24 + 2.736 = 3.976 -> 0.2224.
        double[][] run = run(new Sgd(0.1, 0.9, true, 0), Precision.FLOAT64);
        assertEquals(0.62, run[0][0], 1e-15);
        assertEquals(0.2224, run[1][0], 1e-15);
    }

    @Test
    void sgdWithWeightDecay() {
        checkSgd(0.1, 0, false, 0.05);
        checkSgd(0.05, 0.5, true, 0.01);
        // By hand for p = 1, c = 0: g = 2 + 0.05 * 1 = 2.05 -> 1 - 0.205 = 0.795.
        assertEquals(0.795, run(new Sgd(0.1, 0, false, 0.05), Precision.FLOAT64)[0][0], 1e-15);
    }

    @Test
    void adam() {
        double[][] expected = adamReference(0.1, 0.9, 0.999, 1e-8, 0);
        assertClose(expected, run(new Adam(0.1, 0.9, 0.999, 1e-8, 0), Precision.FLOAT64), 1e-12);
        assertClose(expected, run(new Adam(0.1, 0.9, 0.999, 1e-8, 0), Precision.FLOAT32), 1e-5);
        // By hand, first step: m = 0.1 g, v = 0.001 g^2, so mHat = g and vHat = g^2: p moves by lr * sign(g).
        assertEquals(0.9, run(new Adam(0.1, 0.9, 0.999, 1e-8, 0), Precision.FLOAT64)[0][0], 1e-8);
    }

    @Test
    void adamWithWeightDecayAndOtherBetas() {
        double[][] expected = adamReference(0.01, 0.8, 0.99, 1e-6, 0.1);
        assertClose(expected, run(new Adam(0.01, 0.8, 0.99, 1e-6, 0.1), Precision.FLOAT64), 1e-12);
        assertClose(expected, run(new Adam(0.01, 0.8, 0.99, 1e-6, 0.1), Precision.FLOAT32), 1e-5);
    }

    @Test
    void eachParameterKeepsItsOwnState() {
        // Stepping p and q together must equal stepping each alone: no state is shared between them.
        Parameter p = start(Precision.FLOAT64);
        Parameter q = start(Precision.FLOAT64);
        Optimizer adam = new Adam(0.1, 0.9, 0.999, 1e-8, 0);
        for (int t = 0; t < STEPS; t++) {
            for (int j = 0; j < START.length; j++) {
                p.grad().set(j, 2 * (p.value().get(j) - CENTRE[j]));
                q.grad().set(j, 2 * (q.value().get(j) - CENTRE[j]));
            }
            adam.step(List.of(p, q));
        }
        assertArrayEquals(adamReference(0.1, 0.9, 0.999, 1e-8, 0)[STEPS - 1], q.value().doubles(), 1e-12);
        assertArrayEquals(p.value().doubles(), q.value().doubles());
    }
}
