package dev.nnet.engine;

/**
 * L = -(1/rows) sum_rows sum_j t_j x_j for log-probabilities x [rows, classes] and target rows t
 * (one-hot, or probabilities): torch's NLLLoss, which with one-hot rows picks -x[label]. It
 * expects a log_softmax before it (then it equals cross-entropy). dL/dx = -t / rows;
 * dL/dt = -x / rows.
 */
final class NegativeLogLikelihood extends Node {
    private final Node logProbabilities;
    private final Node target;
    private final int rows;

    NegativeLogLikelihood(Graph graph, Node logProbabilities, Node target) {
        super(graph, checked(logProbabilities, target), logProbabilities, target);
        this.logProbabilities = logProbabilities;
        this.target = target;
        this.rows = logProbabilities.value.dim(0);
    }

    private static int[] checked(Node x, Node target) {
        if (x.value.rank() != 2) {
            throw new IllegalArgumentException("nll needs log-probabilities of shape [rows, classes], got "
                    + Shapes.show(x.value.shape()));
        }
        return FusedLosses.scalarLoss("nll", x, target);
    }

    @Override
    void forward() {
        Tensor x = logProbabilities.value, t = target.value;
        double total = 0;
        for (int i = 0; i < x.size(); i++) {
            double ti = t.get(i);
            if (ti != 0) total -= ti * x.get(i); // a zero target contributes nothing, even against -infinity
        }
        value.set(0, total / rows);
    }

    @Override
    void backward() {
        Tensor x = logProbabilities.value, t = target.value;
        double scale = -grad.get(0) / rows;
        for (int i = 0; i < x.size(); i++) {
            if (logProbabilities.requiresGrad) logProbabilities.grad.set(i, logProbabilities.grad.get(i) + scale * t.get(i));
            if (target.requiresGrad) target.grad.set(i, target.grad.get(i) + scale * x.get(i));
        }
    }

    @Override
    String op() {
        return "nll";
    }
}
