package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.Function;

/**
 * Compares the gradients a graph computes with central finite differences, in float64:
 * (f(p + h) - f(p - h)) / 2h has error O(h^2) from truncation and O(eps / h) from rounding, both
 * near 1e-11 for h = 1e-5 and values of order 1.
 */
final class GradientCheck {
    static final double TOLERANCE = 1e-6;
    private static final double H = 1e-5;
    /** Below this size a gradient is compared absolutely: a relative error of noise is meaningless. */
    private static final double FLOOR = 1e-3;

    private GradientCheck() {
    }

    /** A float64 parameter with elements uniform in [lo, hi). */
    static Parameter param(String name, Rng rng, double lo, double hi, int... shape) {
        Tensor t = Tensor.zeros(Precision.FLOAT64, shape);
        for (int i = 0; i < t.size(); i++) t.set(i, lo + (hi - lo) * rng.nextDouble());
        return new Parameter(name, t);
    }

    /** Like {@link #param} in [-2, 2), but every element at least 0.1 from zero (away from relu's kink, divisions). */
    static Parameter awayFromZero(String name, Rng rng, int... shape) {
        Parameter p = param(name, rng, -2, 2, shape);
        Tensor t = p.value();
        for (int i = 0; i < t.size(); i++) {
            double v = t.get(i);
            if (Math.abs(v) < 0.1) t.set(i, v < 0 ? v - 0.1 : v + 0.1);
        }
        return p;
    }

    /**
     * sum(node * w) for fixed random weights w: a scalar whose gradient with respect to node is w,
     * so that every output element is checked with its own weight (a plain sum would hide errors
     * that cancel, and is constant for a softmax).
     */
    static Node weightedSum(Graph g, Node node, long seed) {
        Rng rng = new Rng(seed);
        Tensor w = Tensor.zeros(g.precision(), node.shape());
        for (int i = 0; i < w.size(); i++) w.set(i, 0.5 + rng.nextDouble());
        return g.sum(g.mul(node, g.constant(w)));
    }

    /**
     * Builds the scalar once with {@code build}, runs backward, and asserts that every element's
     * gradient matches central differences (taken by replaying the same graph) within {@link #TOLERANCE}.
     */
    static void assertGradientsMatch(List<Parameter> params, Function<Graph, Node> build) {
        Graph g = new Graph(Precision.FLOAT64);
        Node loss = build.apply(g);
        for (Parameter p : params) p.zeroGrad();
        g.backward(loss);
        double largest = 0;
        for (Parameter p : params) {
            Tensor v = p.value();
            for (int i = 0; i < v.size(); i++) {
                double analytic = p.grad().get(i);
                double saved = v.get(i);
                v.set(i, saved + H);
                g.forward();
                double up = loss.value().get(0);
                v.set(i, saved - H);
                g.forward();
                double down = loss.value().get(0);
                v.set(i, saved);
                double numeric = (up - down) / (2 * H);
                double error = Math.abs(analytic - numeric) / Math.max(FLOOR, Math.max(Math.abs(analytic), Math.abs(numeric)));
                if (!(error < TOLERANCE)) {
                    fail(p.name() + " element " + i + ": analytic " + analytic + ", numeric " + numeric
                            + ", relative error " + error);
                }
                largest = Math.max(largest, Math.abs(analytic));
            }
        }
        g.forward(); // leave the graph as built, on the unperturbed values
        // Guards against a vacuous pass: some gradient must be large enough to have been compared relatively.
        assertTrue(largest > FLOOR, "all gradients are below " + FLOOR + ": nothing was really checked");
    }

}
