package dev.nnet.engine;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 6-12-8-3 MLP (relu, tanh) with PyTorch's initial weights, 10 Adam steps of softmax
 * cross-entropy on one fixed batch of 16, in float32: every weight and bias must equal PyTorch's
 * (make_references.py) to 1e-5 relative, element by element.
 */
class TorchMlpTest {

    @Test
    void tenAdamStepsEqualPyTorch() {
        Precision f32 = Precision.FLOAT32;
        Rng unused = new Rng(0); // zeros need no randomness; the weights are copied in
        List<Dense> dense = List.of(
                new Dense("d0", 6, 12, Initializer.ZEROS, true, f32, unused),
                new Dense("d1", 12, 8, Initializer.ZEROS, true, f32, unused),
                new Dense("d2", 8, 3, Initializer.ZEROS, true, f32, unused));
        for (int i = 0; i < dense.size(); i++) {
            dense.get(i).weight().value().copyFrom(References.get("mlp.start." + i + ".W"));
            dense.get(i).bias().value().copyFrom(References.get("mlp.start." + i + ".b"));
        }
        Sequential model = new Sequential(List.of(dense.get(0), new ActivationLayer(Activation.RELU), dense.get(1),
                new ActivationLayer(Activation.TANH), dense.get(2)));
        Tensor x = References.get("mlp.x", f32);
        double[] labels = References.values("mlp.y");
        Tensor target = Tensor.zeros(f32, labels.length, 3);
        for (int r = 0; r < labels.length; r++) target.set(r * 3 + (int) labels[r], 1);

        Graph g = new Graph(f32);
        Node loss = Loss.CROSS_ENTROPY.build(g, model, g.constant(x), g.constant(target));
        Optimizer adam = new Adam(0.01, 0.9, 0.999, 1e-8, 0);
        for (int step = 0; step < 10; step++) {
            g.forward();
            g.backward(loss);
            adam.step(model.parameters());
        }
        for (int i = 0; i < dense.size(); i++) {
            References.assertClose(References.get("mlp.end." + i + ".W"), dense.get(i).weight().value(), 1e-5, 0,
                    "layer " + i + " weight");
            References.assertClose(References.get("mlp.end." + i + ".b"), dense.get(i).bias().value(), 1e-5, 0,
                    "layer " + i + " bias");
        }
        // Not vacuous: ten steps moved the weights far beyond the tolerance.
        Tensor start = References.get("mlp.start.0.W"), end = References.get("mlp.end.0.W");
        double moved = 0;
        for (int i = 0; i < start.size(); i++) moved = Math.max(moved, Math.abs(end.get(i) - start.get(i)));
        org.junit.jupiter.api.Assertions.assertTrue(moved > 0.05, "the reference weights moved only " + moved);
    }
}
