package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The activations, losses, normalisations, convolution, pooling, dropout and views, each checked
 * against central differences in float64 (relative error below 1e-6), on their own and as layers.
 */
class VocabularyGradientTest {
    private static final long WEIGHTS = 77;

    private static void checkUnary(java.util.function.BiFunction<Graph, Node, Node> f, Parameter x) {
        GradientCheck.assertGradientsMatch(List.of(x), g -> GradientCheck.weightedSum(g, f.apply(g, g.parameter(x)), WEIGHTS));
    }

    @Test
    void activations() {
        checkUnary((g, x) -> g.leakyRelu(x, 0.1), GradientCheck.awayFromZero("x", new Rng(1), 3, 4));
        checkUnary((g, x) -> g.elu(x, 0.7), GradientCheck.awayFromZero("x", new Rng(2), 3, 4)); // kinked at 0 unless alpha = 1
        checkUnary(Graph::gelu, GradientCheck.param("x", new Rng(3), -4, 4, 3, 4));
        checkUnary(Graph::silu, GradientCheck.param("x", new Rng(4), -4, 4, 3, 4));
        checkUnary(Graph::softplus, GradientCheck.param("x", new Rng(5), -5, 5, 3, 4));
        checkUnary(Graph::softplus, GradientCheck.param("x", new Rng(6), 15, 25, 3, 4)); // both sides of the threshold 20
    }

    @Test
    void losses() {
        Rng rng = new Rng(7);
        Parameter p = GradientCheck.param("p", rng, -2, 2, 4, 3);
        Parameter t = GradientCheck.param("t", rng, -2, 2, 4, 3);
        GradientCheck.assertGradientsMatch(List.of(p, t), g -> g.mae(g.parameter(p), g.parameter(t)));
        GradientCheck.assertGradientsMatch(List.of(p, t), g -> g.huber(g.parameter(p), g.parameter(t), 0.9)); // both regimes
        Parameter logits = GradientCheck.param("logits", rng, -2, 2, 4, 3);
        Parameter target = GradientCheck.param("target", rng, 0, 1, 4, 3);
        GradientCheck.assertGradientsMatch(List.of(logits, target),
                g -> g.nll(g.logSoftmax(g.parameter(logits)), g.parameter(target)));
    }

    @Test
    void reshapeAndFlattenShareStorageAndPassGradientsThrough() {
        Parameter x = GradientCheck.param("x", new Rng(8), -1, 1, 2, 3, 4);
        checkUnary((g, n) -> g.mul(g.reshape(n, 4, -1), g.reshape(n, 4, 6)), x);
        checkUnary((g, n) -> new Flatten().forward(g, n), x);
        Graph g = new Graph(Precision.FLOAT64);
        Node view = g.reshape(g.parameter(x), 6, 4);
        assertEquals(x.value().get(5), view.value().get(5));
        x.value().set(5, 42);
        assertEquals(42, view.value().get(5), 0, "a view sees writes to its input without a forward");
    }

    @Test
    void dropoutWithAFrozenMask() {
        Parameter x = GradientCheck.param("x", new Rng(9), -1, 1, 4, 5);
        Rng rng = Rng.forPurpose(1, "dropout");
        checkUnary((g, n) -> {
            DropoutMask d = (DropoutMask) g.dropout(n, 0.4, rng);
            d.freeze();
            return d;
        }, x);
    }

    @Test
    void batchNormInTrainingAndInference() {
        for (int[] shape : new int[][] {{6, 3}, {3, 3, 2, 3}}) {
            Rng rng = new Rng(10);
            Parameter x = GradientCheck.param("x", rng, -2, 2, shape);
            Parameter gamma = GradientCheck.param("gamma", rng, 0.5, 1.5, 3);
            Parameter beta = GradientCheck.param("beta", rng, -1, 1, 3);
            Tensor mean = GradientCheck.param("m", rng, -0.5, 0.5, 3).value();
            Tensor var = GradientCheck.param("v", rng, 0.5, 1.5, 3).value();
            for (boolean training : new boolean[] {true, false}) {
                GradientCheck.assertGradientsMatch(List.of(x, gamma, beta), g -> {
                    g.setTraining(training);
                    return GradientCheck.weightedSum(g, g.batchNorm(g.parameter(x), g.parameter(gamma), g.parameter(beta),
                            mean, var, 0.1, 1e-5), WEIGHTS);
                });
            }
        }
    }

    @Test
    void layerNorm() {
        Rng rng = new Rng(11);
        Parameter x = GradientCheck.param("x", rng, -2, 2, 4, 5);
        Parameter gamma = GradientCheck.param("gamma", rng, 0.5, 1.5, 5);
        Parameter beta = GradientCheck.param("beta", rng, -1, 1, 5);
        GradientCheck.assertGradientsMatch(List.of(x, gamma, beta), g -> GradientCheck.weightedSum(g,
                g.layerNorm(g.parameter(x), g.parameter(gamma), g.parameter(beta), 1e-5), WEIGHTS));
    }

    @Test
    void conv2dWithStrideAndPadding() {
        Rng rng = new Rng(12);
        Parameter x = GradientCheck.param("x", rng, -1, 1, 2, 3, 7, 6);
        Parameter w = GradientCheck.param("w", rng, -1, 1, 4, 3, 3, 2);
        Parameter b = GradientCheck.param("b", rng, -1, 1, 4);
        int[][][] geometries = {{{1, 1}, {0, 0}}, {{2, 1}, {1, 2}}, {{2, 3}, {2, 1}}};
        for (int[][] geometry : geometries) {
            GradientCheck.assertGradientsMatch(List.of(x, w, b), g -> GradientCheck.weightedSum(g,
                    g.conv2d(g.parameter(x), g.parameter(w), g.parameter(b), geometry[0], geometry[1]), WEIGHTS));
        }
        GradientCheck.assertGradientsMatch(List.of(x, w), g -> GradientCheck.weightedSum(g,
                g.conv2d(g.parameter(x), g.parameter(w), null, new int[] {1, 2}, new int[] {1, 1}), WEIGHTS));
    }

    @Test
    void pooling() {
        Parameter x = GradientCheck.param("x", new Rng(13), -2, 2, 2, 2, 6, 5);
        checkUnary((g, n) -> g.maxPool(n, 2, 2, 2, 2), x);
        checkUnary((g, n) -> g.maxPool(n, 3, 2, 1, 2), x); // overlapping windows
        checkUnary((g, n) -> g.avgPool(n, 2, 3, 2, 1), x);
    }

    /** A small CNN of every layer kind, end to end, through the Layer classes. */
    @Test
    void aSmallNetworkOfEveryLayer() {
        Rng init = Rng.forPurpose(14, "init");
        Precision p = Precision.FLOAT64;
        BatchNorm bn = new BatchNorm("bn", 3, 0.1, 1e-5, p);
        Sequential model = new Sequential(List.of(
                new Reshape(1, 6, 6),
                new Conv2d("c", 1, 3, 3, 3, new int[] {1, 1}, new int[] {1, 1}, WeightInit.of(Initializer.HE_NORMAL), true, p, init),
                bn,
                new ActivationLayer(Activation.ELU),
                Pool2d.average(2, 2, 2, 2),
                Pool2d.max(1, 1, 1, 1),
                new Flatten(),
                new LayerNorm("ln", 27, 1e-5, p),
                new Dropout(0.3, Rng.forPurpose(14, "dropout")),
                new Dense("d", 27, 4, WeightInit.normal(0.3), true, p, init),
                new ActivationLayer(Activation.GELU)));
        assertEquals(List.of(4), java.util.Arrays.stream(model.outputShape(new int[] {36})).boxed().toList());
        Parameter x = GradientCheck.param("x", new Rng(15), -1, 1, 5, 36);
        List<Parameter> params = new ArrayList<>(model.parameters());
        params.add(x);
        GradientCheck.assertGradientsMatch(params, g -> {
            g.setTraining(false); // dropout as the identity: a fixed function for finite differences
            return GradientCheck.weightedSum(g, model.forward(g, g.parameter(x)), WEIGHTS);
        });
    }
}
