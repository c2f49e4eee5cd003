package dev.nnet.engine;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Layers and losses, checked end to end against central differences in float64. */
class LayerGradientTest {

    private static Dense dense(String name, int in, int out, boolean bias, long seed) {
        Dense d = new Dense(name, in, out, Initializer.XAVIER_UNIFORM, bias, Precision.FLOAT64, Rng.forPurpose(seed, "init"));
        if (bias) { // a zero bias would hide a bias that is added twice or not at all in some rows
            Rng rng = new Rng(seed + 1);
            for (int i = 0; i < out; i++) d.bias().value().set(i, rng.nextDouble() - 0.5);
        }
        return d;
    }

    @Test
    void denseWithBias() {
        Dense d = dense("d", 3, 4, true, 1);
        Parameter x = GradientCheck.param("x", new Rng(2), -1, 1, 5, 3);
        List<Parameter> params = new ArrayList<>(d.parameters());
        params.add(x);
        GradientCheck.assertGradientsMatch(params, g -> GradientCheck.weightedSum(g, d.forward(g, g.parameter(x)), 7));
    }

    @Test
    void denseWithoutBias() {
        Dense d = dense("d", 3, 2, false, 3);
        Parameter x = GradientCheck.param("x", new Rng(4), -1, 1, 5, 3);
        GradientCheck.assertGradientsMatch(List.of(d.weight(), x), g -> GradientCheck.weightedSum(g, d.forward(g, g.parameter(x)), 7));
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void denseThenActivation(Activation activation) {
        Dense d = dense("d", 3, 4, true, 5);
        Sequential model = new Sequential(List.of(d, new ActivationLayer(activation)));
        Parameter x = GradientCheck.param("x", new Rng(6), -1, 1, 5, 3);
        if (activation == Activation.RELU || activation == Activation.LEAKY_RELU) nudgeAwayFromKink(d, x);
        List<Parameter> params = new ArrayList<>(model.parameters());
        params.add(x);
        GradientCheck.assertGradientsMatch(params, g -> GradientCheck.weightedSum(g, model.forward(g, g.parameter(x)), 7));
    }

    /** Moves unit biases until every pre-activation is at least 0.05 from relu's kink, where finite differences straddle it. */
    private static void nudgeAwayFromKink(Dense d, Parameter x) {
        boolean moved = true;
        while (moved) {
            moved = false;
            Graph g = new Graph(Precision.FLOAT64);
            Tensor pre = d.forward(g, g.parameter(x)).value();
            for (int i = 0; i < pre.size() && !moved; i++) {
                if (Math.abs(pre.get(i)) < 0.05) {
                    int unit = i % d.outputSize();
                    d.bias().value().set(unit, d.bias().value().get(unit) + (pre.get(i) < 0 ? -0.1 : 0.1));
                    moved = true;
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void lossBuiltOnAModel(Loss loss) {
        Dense d = dense("d", 3, 4, true, 8);
        Activation last = loss.fusedActivation() != null ? loss.fusedActivation()
                : loss == Loss.NLL ? Activation.LOG_SOFTMAX : Activation.TANH;
        Sequential model = new Sequential(List.of(d, new ActivationLayer(last)));
        Rng rng = new Rng(9);
        Tensor x = GradientCheck.param("x", rng, -1, 1, 5, 3).value();
        Tensor target = GradientCheck.param("t", rng, 0, 1, 5, 4).value();
        GradientCheck.assertGradientsMatch(model.parameters(), g -> loss.build(g, model, g.constant(x), g.constant(target)));
    }
}
