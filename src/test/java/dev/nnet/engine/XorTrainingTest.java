package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A smoke test that tensors, graph, layers, loss and optimizer compose: a 2-4-1 network learns XOR. */
class XorTrainingTest {

    @Test
    void tanhSigmoidNetworkLearnsXorWithSgd() {
        Rng rng = Rng.forPurpose(1, "init");
        Sequential model = new Sequential(List.of(
                new Dense("hidden", 2, 4, Initializer.defaultFor(Activation.TANH), true, Precision.FLOAT32, rng),
                new ActivationLayer(Activation.TANH),
                new Dense("output", 4, 1, Initializer.defaultFor(Activation.SIGMOID), true, Precision.FLOAT32, rng),
                new ActivationLayer(Activation.SIGMOID)));
        Tensor x = Tensor.wrap(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, 4, 2);
        Tensor y = Tensor.wrap(new float[] {0, 1, 1, 0}, 4, 1);
        Graph g = new Graph(Precision.FLOAT32);
        Node loss = Loss.MSE.build(g, model, g.constant(x), g.constant(y));
        double first = loss.value().get(0);
        Optimizer sgd = new Sgd(0.5, 0, false, 0);
        for (int step = 0; step < 2000; step++) {
            g.forward();
            g.backward(loss);
            sgd.step(model.parameters());
        }
        g.forward();
        double last = loss.value().get(0);
        assertTrue(last < 0.05, "loss went from " + first + " to " + last);
    }
}
