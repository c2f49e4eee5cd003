package dev.nnet.engine;

/**
 * Losses computed in one pass from logits, never through a separate softmax or sigmoid whose
 * output could round to 0 or 1 and send a log to -infinity.
 */
final class FusedLosses {
    private FusedLosses() {
    }

    /**
     * L = -(1/n) sum_rows sum_j t_j log softmax(x)_j, with log softmax(x)_j = x_j - lse and
     * lse = max + log sum_j e^{x_j - max} (log-sum-exp, finite for any finite logits).
     * dL/dx_j = (softmax(x)_j sum(t) - t_j) / n (= (p - t) / n for one-hot or probability rows);
     * dL/dt_j = -log softmax(x)_j / n.
     */
    static final class SoftmaxCrossEntropy extends Node {
        private final Node logits;
        private final Node target;
        private final int cols;
        private final int rows;
        private final double[] lse; // per row, kept from forward for backward
        private final Tensor probabilities; // softmax(logits), kept from forward for backward

        SoftmaxCrossEntropy(Graph graph, Node logits, Node target) {
            super(graph, checked(logits, target), logits, target);
            this.logits = logits;
            this.target = target;
            this.cols = logits.value.dim(logits.value.rank() - 1);
            this.rows = logits.value.size() / cols;
            this.lse = new double[rows];
            this.probabilities = Tensor.zeros(graph.precision(), logits.value.shape());
        }

        private static int[] checked(Node logits, Node target) {
            int[] s = logits.value.shape();
            if (s.length != 2) {
                throw new IllegalArgumentException("softmaxCrossEntropy needs logits of shape [rows, classes], got "
                        + Shapes.show(s));
            }
            return scalarLoss("softmaxCrossEntropy", logits, target);
        }

        @Override
        void forward() {
            value.set(0, kernels.softmaxCrossEntropy(logits.value, target.value, lse, probabilities, cols) / rows);
        }

        @Override
        void backward() {
            kernels.softmaxCrossEntropyBackward(logits.value, target.value, lse, probabilities, cols, grad.get(0) / rows,
                    logits.grad, target.grad);
        }

        @Override
        String op() {
            return "softmaxCrossEntropy";
        }
    }

    /**
     * L = (1/N) sum max(x,0) - x t + log(1 + e^{-|x|}), which equals -t log s(x) - (1-t) log(1-s(x))
     * for s the sigmoid, without ever forming s(x). dL/dx = (s(x) - t) / N; dL/dt = -x / N.
     */
    static final class SigmoidCrossEntropy extends Node {
        private final Node logits;
        private final Node target;

        SigmoidCrossEntropy(Graph graph, Node logits, Node target) {
            super(graph, scalarLoss("sigmoidBinaryCrossEntropy", logits, target), logits, target);
            this.logits = logits;
            this.target = target;
        }

        @Override
        void forward() {
            value.set(0, kernels.sigmoidCrossEntropy(logits.value, target.value) / logits.value.size());
        }

        @Override
        void backward() {
            kernels.sigmoidCrossEntropyBackward(logits.value, target.value, grad.get(0) / logits.value.size(),
                    logits.grad, target.grad);
        }

        @Override
        String op() {
            return "sigmoidBinaryCrossEntropy";
        }
    }

    /** L = (1/N) sum (p - t)^2; dL/dp = 2 (p - t) / N; dL/dt = -2 (p - t) / N. */
    static final class MeanSquaredError extends Node {
        private final Node prediction;
        private final Node target;

        MeanSquaredError(Graph graph, Node prediction, Node target) {
            super(graph, scalarLoss("mse", prediction, target), prediction, target);
            this.prediction = prediction;
            this.target = target;
        }

        @Override
        void forward() {
            value.set(0, kernels.squaredError(prediction.value, target.value) / prediction.value.size());
        }

        @Override
        void backward() {
            kernels.squaredErrorBackward(prediction.value, target.value, grad.get(0) / prediction.value.size(),
                    prediction.grad, target.grad);
        }

        @Override
        String op() {
            return "mse";
        }
    }

    /** Checks that prediction and target agree and are not empty; returns the loss's shape, a scalar's. */
    static int[] scalarLoss(String op, Node prediction, Node target) {
        int[] sp = prediction.value.shape(), st = target.value.shape();
        if (!java.util.Arrays.equals(sp, st)) {
            throw new IllegalArgumentException(op + ": prediction " + Shapes.show(sp) + " and target "
                    + Shapes.show(st) + " must have the same shape");
        }
        if (prediction.value.size() == 0) {
            throw new IllegalArgumentException(op + " of an empty tensor " + Shapes.show(sp));
        }
        return new int[0];
    }
}
