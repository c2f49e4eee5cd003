package dev.nnet.engine;

/** Reductions of a whole tensor to a scalar. */
final class Reductions {
    private Reductions() {
    }

    /** y = sum_i x_i (divided by n for the mean); dx_i += dy (/ n). */
    static final class Total extends Node {
        private final Node x;
        private final boolean mean;

        Total(Graph graph, Node x, boolean mean) {
            super(graph, new int[0], x);
            this.x = x;
            this.mean = mean;
        }

        private double divisor() {
            return mean ? x.value.size() : 1;
        }

        @Override
        void forward() {
            value.set(0, kernels.sum(x.value) / divisor());
        }

        @Override
        void backward() {
            if (x.requiresGrad) kernels.addScalar(x.grad, grad.get(0) / divisor());
        }

        @Override
        String op() {
            return mean ? "mean" : "sum";
        }
    }
}
