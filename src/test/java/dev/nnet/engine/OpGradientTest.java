package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/** Every differentiable operation of {@link Graph}, checked against central differences in float64. */
class OpGradientTest {
    private static final long WEIGHTS = 99;

    /** Shape pairs for the broadcasting operations: equal shapes, then broadcasts of each kind. */
    private static final int[][][] BROADCASTS = {
        {{3, 4}, {3, 4}},
        {{3, 4}, {4}},        // a row vector, as a bias
        {{3, 1}, {1, 4}},     // both sides broadcast
        {{2, 3, 4}, {3, 1}},  // a missing leading axis and a size-1 axis
        {{4}, {2, 3, 4}},     // the left side broadcasts
        {{2, 3}, {}},         // a scalar
    };

    private void checkBroadcasting(java.util.function.BiFunction<Graph, Node[], Node> f, boolean positiveRight) {
        Rng rng = new Rng(1);
        for (int[][] shapes : BROADCASTS) {
            Parameter a = GradientCheck.awayFromZero("a", rng, shapes[0]);
            Parameter b = positiveRight ? GradientCheck.param("b", rng, 0.5, 2, shapes[1]) : GradientCheck.awayFromZero("b", rng, shapes[1]);
            GradientCheck.assertGradientsMatch(List.of(a, b), g -> GradientCheck.weightedSum(g,
                    f.apply(g, new Node[] {g.parameter(a), g.parameter(b)}), WEIGHTS));
        }
    }

    @Test
    void add() {
        checkBroadcasting((g, n) -> g.add(n[0], n[1]), false);
    }

    @Test
    void sub() {
        checkBroadcasting((g, n) -> g.sub(n[0], n[1]), false);
    }

    @Test
    void mul() {
        checkBroadcasting((g, n) -> g.mul(n[0], n[1]), false);
    }

    @Test
    void mulOfANodeWithItselfAccumulatesBothUses() {
        Parameter x = GradientCheck.awayFromZero("x", new Rng(2), 3, 2);
        GradientCheck.assertGradientsMatch(List.of(x), g -> {
            Node p = g.parameter(x);
            return GradientCheck.weightedSum(g, g.mul(p, p), WEIGHTS);
        });
    }

    @Test
    void div() {
        checkBroadcasting((g, n) -> g.div(n[0], n[1]), true);
        // And a negative denominator, so that the sign of -a / b^2 is exercised both ways.
        checkBroadcasting((g, n) -> g.div(n[0], g.neg(n[1])), true);
    }

    @Test
    void matmul() {
        Rng rng = new Rng(3);
        Parameter a = GradientCheck.param("a", rng, -1, 1, 3, 4);
        Parameter b = GradientCheck.param("b", rng, -1, 1, 4, 5);
        GradientCheck.assertGradientsMatch(List.of(a, b), g -> GradientCheck.weightedSum(g, g.matmul(g.parameter(a), g.parameter(b)), WEIGHTS));
    }

    @Test
    void matmulWithAConstantOnEitherSide() {
        Rng rng = new Rng(4);
        Parameter w = GradientCheck.param("w", rng, -1, 1, 4, 2);
        Tensor x = GradientCheck.param("x", rng, -1, 1, 5, 4).value();
        GradientCheck.assertGradientsMatch(List.of(w), g -> GradientCheck.weightedSum(g, g.matmul(g.constant(x), g.parameter(w)), WEIGHTS));
        Tensor y = GradientCheck.param("y", rng, -1, 1, 2, 3).value();
        GradientCheck.assertGradientsMatch(List.of(w), g -> GradientCheck.weightedSum(g, g.matmul(g.parameter(w), g.constant(y)), WEIGHTS));
    }

    private void checkUnary(java.util.function.BiFunction<Graph, Node, Node> f, Parameter x) {
        GradientCheck.assertGradientsMatch(List.of(x), g -> GradientCheck.weightedSum(g, f.apply(g, g.parameter(x)), WEIGHTS));
    }

    @Test
    void neg() {
        checkUnary(Graph::neg, GradientCheck.param("x", new Rng(5), -2, 2, 3, 4));
    }

    @Test
    void scale() {
        checkUnary((g, x) -> g.scale(x, -2.5), GradientCheck.param("x", new Rng(6), -2, 2, 3, 4));
    }

    @Test
    void sigmoid() {
        checkUnary(Graph::sigmoid, GradientCheck.param("x", new Rng(7), -4, 4, 3, 4));
    }

    @Test
    void tanh() {
        checkUnary(Graph::tanh, GradientCheck.param("x", new Rng(8), -2, 2, 3, 4));
    }

    @Test
    void relu() {
        checkUnary(Graph::relu, GradientCheck.awayFromZero("x", new Rng(9), 3, 4));
    }

    @Test
    void exp() {
        checkUnary(Graph::exp, GradientCheck.param("x", new Rng(10), -2, 2, 3, 4));
    }

    @Test
    void log() {
        checkUnary(Graph::log, GradientCheck.param("x", new Rng(11), 0.2, 3, 3, 4));
    }

    @Test
    void softmax() {
        checkUnary(Graph::softmax, GradientCheck.param("x", new Rng(12), -3, 3, 4, 5));
        checkUnary(Graph::softmax, GradientCheck.param("x", new Rng(13), -3, 3, 2, 3, 4)); // rank 3: rows of the last axis
    }

    @Test
    void logSoftmax() {
        checkUnary(Graph::logSoftmax, GradientCheck.param("x", new Rng(14), -3, 3, 4, 5));
    }

    @Test
    void sum() {
        Parameter x = GradientCheck.param("x", new Rng(15), -2, 2, 3, 4);
        GradientCheck.assertGradientsMatch(List.of(x), g -> g.sum(g.mul(g.parameter(x), g.parameter(x))));
    }

    @Test
    void mean() {
        Parameter x = GradientCheck.param("x", new Rng(16), -2, 2, 3, 4);
        GradientCheck.assertGradientsMatch(List.of(x), g -> g.mean(g.mul(g.parameter(x), g.parameter(x))));
    }

    @Test
    void softmaxCrossEntropyWithOneHotTargets() {
        Parameter logits = GradientCheck.param("logits", new Rng(17), -3, 3, 5, 4);
        Tensor target = Tensor.zeros(Precision.FLOAT64, 5, 4);
        for (int r = 0; r < 5; r++) target.set(r * 4 + (r * 3) % 4, 1);
        GradientCheck.assertGradientsMatch(List.of(logits), g -> g.softmaxCrossEntropy(g.parameter(logits), g.constant(target)));
    }

    @Test
    void softmaxCrossEntropyWithProbabilityTargetsAndTheirGradient() {
        Rng rng = new Rng(18);
        Parameter logits = GradientCheck.param("logits", rng, -3, 3, 3, 4);
        Parameter target = GradientCheck.param("target", rng, 0, 1, 3, 4); // rows need not sum to 1
        GradientCheck.assertGradientsMatch(List.of(logits, target), g -> g.softmaxCrossEntropy(g.parameter(logits), g.parameter(target)));
    }

    @Test
    void sigmoidBinaryCrossEntropy() {
        Rng rng = new Rng(19);
        Parameter logits = GradientCheck.param("logits", rng, -4, 4, 3, 4);
        Parameter target = GradientCheck.param("target", rng, 0, 1, 3, 4);
        GradientCheck.assertGradientsMatch(List.of(logits, target), g -> g.sigmoidBinaryCrossEntropy(g.parameter(logits), g.parameter(target)));
    }

    @Test
    void mse() {
        Rng rng = new Rng(20);
        Parameter prediction = GradientCheck.param("prediction", rng, -2, 2, 3, 4);
        Parameter target = GradientCheck.param("target", rng, -2, 2, 3, 4);
        GradientCheck.assertGradientsMatch(List.of(prediction, target), g -> g.mse(g.parameter(prediction), g.parameter(target)));
    }

    /** The checker itself must fail on a wrong derivative, or the tests above prove nothing. */
    @Test
    void theCheckRejectsAWrongDerivative() {
        Parameter x = GradientCheck.param("x", new Rng(21), 0.5, 2, 3);
        Executable wrong = () -> GradientCheck.assertGradientsMatch(List.of(x), g -> g.sum(g.record(new SquareMissingFactorTwo(g, g.parameter(x)))));
        assertThrows(AssertionFailedError.class, wrong);
    }

    /** y = x^2 with the derivative x instead of 2x. */
    private static final class SquareMissingFactorTwo extends Node {
        private final Node x;

        SquareMissingFactorTwo(Graph g, Node x) {
            super(g, x.value.shape(), x);
            this.x = x;
        }

        @Override
        void forward() {
            for (int i = 0; i < value.size(); i++) value.set(i, x.value.get(i) * x.value.get(i));
        }

        @Override
        void backward() {
            for (int i = 0; i < value.size(); i++) x.grad.set(i, x.grad.get(i) + grad.get(i) * x.value.get(i));
        }

        @Override
        String op() {
            return "wrong square";
        }
    }
}
