package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** buildWithOutput gives build's loss and the model's output, bit for bit, from one forward pass. */
class LossWithOutputTest {
    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Loss loss : Loss.values()) {
            for (Activation last : new Activation[] {null, Activation.SOFTMAX, Activation.SIGMOID, Activation.LOG_SOFTMAX}) {
                cases.add(Arguments.of(loss, last));
            }
        }
        return cases;
    }

    private static Sequential model(Activation last) {
        Rng init = Rng.forPurpose(5, "init");
        List<Layer> layers = new ArrayList<>(List.of(
                new Dense("h", 3, 6, Initializer.XAVIER_UNIFORM, true, Precision.FLOAT32, init),
                new ActivationLayer(Activation.TANH),
                new Dense("o", 6, 4, Initializer.XAVIER_UNIFORM, true, Precision.FLOAT32, init)));
        if (last != null) layers.add(new ActivationLayer(last));
        return new Sequential(layers);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sameLossSameOutputFewerNodes(Loss loss, Activation last) {
        Sequential model = model(last);
        Rng data = Rng.forPurpose(5, "data");
        Tensor x = Tensor.zeros(Precision.FLOAT32, 7, 3);
        Tensor t = Tensor.zeros(Precision.FLOAT32, 7, 4);
        for (int i = 0; i < x.floats().length; i++) x.floats()[i] = (float) data.nextGaussian();
        for (int r = 0; r < 7; r++) t.floats()[r * 4 + r % 4] = 1f; // one-hot: a valid target for every loss

        Graph separate = new Graph(Precision.FLOAT32);
        Node output = model.forward(separate, separate.constant(x));
        Node lossOnly = loss.build(separate, model, separate.constant(x), separate.constant(t), loss.defaultParameter());
        separate.forward();

        Graph once = new Graph(Precision.FLOAT32);
        Loss.Built built = loss.buildWithOutput(once, model, once.constant(x), once.constant(t), loss.defaultParameter());
        once.forward();

        assertArrayEquals(output.value().floats(), built.output().value().floats());
        assertEquals(lossOnly.value().get(0), built.loss().value().get(0));
        assertTrue(once.size() < separate.size(), once.size() + " nodes, against " + separate.size());
    }
}
