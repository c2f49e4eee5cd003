package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clipping by global norm against torch.nn.utils.clip_grad_norm_ (make_references.py). */
class GradientClippingTest {

    /** Gradients of 10 * mean((tanh(X W + b) - T)^2), the problem the reference script clips. */
    private static List<Parameter> gradients(Precision precision) {
        Parameter w = new Parameter("W", References.get("opt.f64.W0", precision));
        Parameter b = new Parameter("b", References.get("opt.f64.b0", precision));
        Graph g = new Graph(precision);
        Node y = g.tanh(g.add(g.matmul(g.constant(References.get("opt.f64.X", precision)), g.parameter(w)), g.parameter(b)));
        g.backward(g.scale(g.mse(y, g.constant(References.get("opt.f64.T", precision))), 10));
        return List.of(w, b);
    }

    private static void check(String maxNorm, Precision precision, double tolerance) {
        List<Parameter> params = gradients(precision);
        double norm = GradientClipping.clipByGlobalNorm(params, Double.parseDouble(maxNorm));
        assertEquals(References.values("clip." + maxNorm + ".norm")[0], norm, tolerance * norm);
        References.assertClose(References.get("clip." + maxNorm + ".W.grad"), params.get(0).grad(), tolerance, 0, "W grad");
        References.assertClose(References.get("clip." + maxNorm + ".b.grad"), params.get(1).grad(), tolerance, 0, "b grad");
    }

    @Test
    void aLargeGradientIsScaledToTheLimit() {
        check("0.5", Precision.FLOAT64, 1e-12);
        check("0.5", Precision.FLOAT32, 1e-6);
        // The clipped gradients' own norm is the limit (up to torch's 1e-6 guard).
        List<Parameter> params = gradients(Precision.FLOAT64);
        GradientClipping.clipByGlobalNorm(params, 0.5);
        double squares = 0;
        for (Parameter p : params) for (double v : p.grad().doubles()) squares += v * v;
        assertEquals(0.5, Math.sqrt(squares), 1e-6);
    }

    @Test
    void aSmallGradientIsLeftAlone() {
        check("100.0", Precision.FLOAT64, 1e-12);
    }

    @Test
    void aNonPositiveLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GradientClipping.clipByGlobalNorm(List.of(), 0));
    }
}
