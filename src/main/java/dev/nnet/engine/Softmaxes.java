package dev.nnet.engine;

/** Softmax and log-softmax over the last axis. */
final class Softmaxes {
    private Softmaxes() {
    }

    /**
     * softmax: y_j = e^{x_j} / sum_k e^{x_k}; its Jacobian dy_j/dx_i = y_j (delta_ij - y_i) gives
     * dx = y * (dy - sum(dy * y)). log-softmax: y_j = x_j - log sum_k e^{x_k}; dy_j/dx_i =
     * delta_ij - softmax_i gives dx = dy - softmax * sum(dy), with softmax = e^y.
     */
    static final class RowSoftmax extends Node {
        private final Node x;
        private final boolean log;
        private final int cols;

        RowSoftmax(Graph graph, Node x, boolean log) {
            super(graph, checked(x, log), x);
            this.x = x;
            this.log = log;
            this.cols = x.value.dim(x.value.rank() - 1);
        }

        private static int[] checked(Node x, boolean log) {
            int[] shape = x.value.shape();
            if (shape.length == 0 || shape[shape.length - 1] == 0) {
                throw new IllegalArgumentException((log ? "logSoftmax" : "softmax")
                        + " needs a non-empty last axis, got shape " + Shapes.show(shape));
            }
            return shape;
        }

        @Override
        void forward() {
            kernels.softmaxRows(x.value, value, cols, log);
        }

        @Override
        void backward() {
            if (x.requiresGrad) kernels.softmaxRowsBackward(value, grad, x.grad, cols, log);
        }

        @Override
        String op() {
            return log ? "logSoftmax" : "softmax";
        }
    }
}
