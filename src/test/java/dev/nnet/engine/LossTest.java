package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Loss.build: fusing a final softmax or sigmoid into the loss, and the losses' values. */
class LossTest {

    private static Dense dense(long seed) {
        return new Dense("d", 3, 4, Initializer.XAVIER_UNIFORM, true, Precision.FLOAT32, Rng.forPurpose(seed, "init"));
    }

    private static Tensor tensor(double[] values, int... shape) {
        return Tensor.of(Precision.FLOAT32, values, shape);
    }

    private static double loss(Loss loss, Sequential model, Tensor x, Tensor target) {
        Graph g = new Graph(Precision.FLOAT32);
        return loss.build(g, model, g.constant(x), g.constant(target)).value().get(0);
    }

    private static final Tensor X = tensor(new double[] {0.5, -1, 2, 1, 0, -0.5}, 2, 3);
    private static final Tensor ONE_HOT = tensor(new double[] {0, 0, 1, 0, 0, 1, 0, 0}, 2, 4);

    @Test
    void crossEntropyOnAModelEndingInSoftmaxEqualsItOnTheLogits() {
        Dense d = dense(1);
        double withSoftmax = loss(Loss.CROSS_ENTROPY, new Sequential(List.of(d, new ActivationLayer(Activation.SOFTMAX))), X, ONE_HOT);
        double onLogits = loss(Loss.CROSS_ENTROPY, new Sequential(List.of(d)), X, ONE_HOT);
        assertEquals(onLogits, withSoftmax);
        // And both equal the definition, -mean log softmax(logits)[target], computed unfused in float64.
        Graph g = new Graph(Precision.FLOAT32);
        Tensor logits = d.forward(g, g.constant(X)).value();
        double expected = 0;
        for (int r = 0; r < 2; r++) {
            double total = 0;
            for (int j = 0; j < 4; j++) total += Math.exp(logits.get(r * 4 + j));
            int hot = r == 0 ? 2 : 1;
            expected -= Math.log(Math.exp(logits.get(r * 4 + hot)) / total) / 2;
        }
        assertEquals(expected, withSoftmax, 1e-6);
    }

    @Test
    void binaryCrossEntropyOnAModelEndingInSigmoidEqualsItOnTheLogits() {
        Dense d = dense(2);
        Tensor target = tensor(new double[] {1, 0, 1, 1, 0, 0, 1, 0}, 2, 4);
        double withSigmoid = loss(Loss.BINARY_CROSS_ENTROPY, new Sequential(List.of(d, new ActivationLayer(Activation.SIGMOID))), X, target);
        double onLogits = loss(Loss.BINARY_CROSS_ENTROPY, new Sequential(List.of(d)), X, target);
        assertEquals(onLogits, withSigmoid);
        Graph g = new Graph(Precision.FLOAT32);
        Tensor logits = d.forward(g, g.constant(X)).value();
        double expected = 0;
        for (int i = 0; i < 8; i++) {
            double s = 1 / (1 + Math.exp(-logits.get(i)));
            expected -= (target.get(i) * Math.log(s) + (1 - target.get(i)) * Math.log(1 - s)) / 8;
        }
        assertEquals(expected, withSigmoid, 1e-6);
    }

    @Test
    void fusedLossesStayFiniteForHugeLogits() {
        // The model is only the final activation, so the input is the logits.
        Sequential softmax = new Sequential(List.of(new ActivationLayer(Activation.SOFTMAX)));
        Tensor logits = tensor(new double[] {1000, 0, -1000, -1000, 1000, 0}, 2, 3);
        Tensor target = tensor(new double[] {0, 1, 0, 0, 1, 0}, 2, 3);
        // Row 1: -(0 - lse) = lse ~ 1000; row 2: the right class has the largest logit, loss ~ 0.
        double ce = loss(Loss.CROSS_ENTROPY, softmax, logits, target);
        assertTrue(Double.isFinite(ce));
        assertEquals(500, ce, 1e-3);

        Sequential sigmoid = new Sequential(List.of(new ActivationLayer(Activation.SIGMOID)));
        Tensor x = tensor(new double[] {1000, -1000}, 1, 2);
        Tensor t = tensor(new double[] {0, 0}, 1, 2);
        // -log(1 - s(1000)) = 1000; -log(1 - s(-1000)) ~ 0.
        double bce = loss(Loss.BINARY_CROSS_ENTROPY, sigmoid, x, t);
        assertTrue(Double.isFinite(bce));
        assertEquals(500, bce, 1e-3);
    }

    @Test
    void hugeLogitsGiveFiniteGradients() {
        Parameter logits = new Parameter("logits", tensor(new double[] {1000, 0, -1000}, 1, 3));
        Graph g = new Graph(Precision.FLOAT32);
        Node loss = g.softmaxCrossEntropy(g.parameter(logits), g.constant(tensor(new double[] {0, 1, 0}, 1, 3)));
        g.backward(loss);
        // d/dx = softmax(x) - t = (1, -1, 0).
        assertEquals(1, logits.grad().get(0), 1e-6);
        assertEquals(-1, logits.grad().get(1), 1e-6);
        assertEquals(0, logits.grad().get(2), 1e-6);
    }

    @Test
    void mseUsesTheFullOutputAndKeepsAFinalSigmoid() {
        Sequential model = new Sequential(List.of(new ActivationLayer(Activation.SIGMOID)));
        Tensor x = tensor(new double[] {0, 0}, 1, 2);
        Tensor t = tensor(new double[] {1, 0}, 1, 2);
        // sigmoid(0) = 0.5 for both: ((0.5 - 1)^2 + 0.5^2) / 2 = 0.25.
        assertEquals(0.25, loss(Loss.MSE, model, x, t), 1e-7);
    }

    @Test
    void aModelNotEndingInTheFusedActivationIsTakenAsLogits() {
        // A tanh at the end is not fused: the loss sees tanh's output as logits.
        Dense d = dense(3);
        Sequential withTanh = new Sequential(List.of(d, new ActivationLayer(Activation.TANH)));
        Graph g = new Graph(Precision.FLOAT32);
        Node out = withTanh.forward(g, g.constant(X));
        double expected = g.softmaxCrossEntropy(out, g.constant(ONE_HOT)).value().get(0);
        assertEquals(expected, loss(Loss.CROSS_ENTROPY, withTanh, X, ONE_HOT));
    }
}
