package dev.nnet.engine;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every optimizer, 5 steps on a small fixed problem, against torch.optim (make_references.py):
 * W [3, 2] and b [2] minimise mean((tanh(X W + b) - T)^2), gradients from our own graph.
 * In float64 the parameters must equal PyTorch's to 1e-6 relative (they agree to ~1e-15: same
 * algorithm, same order of operations); in float32 to 1e-5, because PyTorch's vectorised float
 * kernels fuse some multiply-adds that Java rounds twice.
 */
class TorchOptimizerTest {
    private static final int STEPS = 5;

    private static Optimizer make(String name) {
        switch (name) {
            case "sgd": return new Sgd(0.1, 0, false, 0);
            case "sgd_momentum": return new Sgd(0.1, 0.9, false, 0);
            case "sgd_nesterov_decay": return new Sgd(0.1, 0.9, true, 0.01);
            case "adagrad": return new Adagrad(0.1, 0, 0, 0, 1e-10);
            case "adagrad_all": return new Adagrad(0.1, 0.01, 0.1, 0.1, 1e-8);
            case "rmsprop": return new RmsProp(0.01, 0.99, 1e-8, 0, 0, false);
            case "rmsprop_all": return new RmsProp(0.01, 0.9, 1e-6, 0.01, 0.5, true);
            case "adam": return new Adam(0.1, 0.9, 0.999, 1e-8, 0);
            case "adam_decay": return new Adam(0.05, 0.8, 0.99, 1e-6, 0.1);
            case "adamw": return new AdamW(0.1, 0.9, 0.999, 1e-8, 0.01);
            case "adamw_all": return new AdamW(0.05, 0.8, 0.99, 1e-6, 0.1);
            case "rprop": return new Rprop(0.01, 0.5, 1.2, 1e-6, 50);
            case "rprop_all": return new Rprop(0.05, 0.4, 1.5, 1e-3, 0.08);
            default: throw new IllegalArgumentException(name);
        }
    }

    private static void check(String name, Precision precision, double tolerance) {
        String tag = precision == Precision.FLOAT64 ? "opt.f64." : "opt.f32.";
        Parameter w = new Parameter("W", References.get(tag + "W0", precision));
        Parameter b = new Parameter("b", References.get(tag + "b0", precision));
        Graph g = new Graph(precision);
        Node prediction = g.tanh(g.add(g.matmul(g.constant(References.get(tag + "X", precision)), g.parameter(w)),
                g.parameter(b)));
        Node loss = g.mse(prediction, g.constant(References.get(tag + "T", precision)));
        Optimizer optimizer = make(name);
        List<Parameter> params = List.of(w, b);
        for (int step = 0; step < STEPS; step++) {
            g.forward();
            g.backward(loss);
            optimizer.step(params);
        }
        References.assertClose(References.get(tag + name + ".W"), w.value(), tolerance, 0, name + " W");
        References.assertClose(References.get(tag + name + ".b"), b.value(), tolerance, 0, name + " b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "sgd_momentum", "sgd_nesterov_decay", "adagrad", "adagrad_all", "rmsprop",
        "rmsprop_all", "adam", "adam_decay", "adamw", "adamw_all", "rprop", "rprop_all"})
    void equalsPyTorchAfterFiveSteps(String name) {
        check(name, Precision.FLOAT64, 1e-6);
        check(name, Precision.FLOAT32, 1e-5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd_momentum", "adagrad_all", "rmsprop_all", "adamw_all", "rprop_all"})
    void theStepsMoveTheParameters(String name) {
        // Guards against a vacuous pass: the reference after 5 steps is far from the start.
        Tensor start = References.get("opt.f64.W0");
        Tensor end = References.get("opt.f64." + name + ".W");
        double moved = 0;
        for (int i = 0; i < start.size(); i++) moved = Math.max(moved, Math.abs(end.get(i) - start.get(i)));
        org.junit.jupiter.api.Assertions.assertTrue(moved > 1e-3, name + " moved only " + moved);
    }

}
