package dev.nnet.engine;

/** The robust regression losses: mean absolute error and Huber's. Both are means over all elements. */
final class RegressionLosses {
    private RegressionLosses() {
    }

    /**
     * L = (1/N) sum |p - t| (torch's L1Loss); dL/dp = sign(p - t) / N, with sign(0) = 0 as in
     * torch, and dL/dt = -dL/dp.
     */
    static final class MeanAbsoluteError extends Node {
        private final Node prediction;
        private final Node target;

        MeanAbsoluteError(Graph graph, Node prediction, Node target) {
            super(graph, FusedLosses.scalarLoss("mae", prediction, target), prediction, target);
            this.prediction = prediction;
            this.target = target;
        }

        @Override
        void forward() {
            Tensor p = prediction.value, t = target.value;
            double total = 0;
            for (int i = 0; i < p.size(); i++) total += Math.abs(p.get(i) - t.get(i));
            value.set(0, total / p.size());
        }

        @Override
        void backward() {
            Tensor p = prediction.value, t = target.value;
            double scale = grad.get(0) / p.size();
            for (int i = 0; i < p.size(); i++) {
                double d = scale * Math.signum(p.get(i) - t.get(i));
                if (prediction.requiresGrad) prediction.grad.set(i, prediction.grad.get(i) + d);
                if (target.requiresGrad) target.grad.set(i, target.grad.get(i) - d);
            }
        }

        @Override
        String op() {
            return "mae";
        }
    }

    /**
     * Huber's loss (Huber 1964) as torch's HuberLoss: with d = p - t, 0.5 d^2 where |d| < delta and
     * delta (|d| - 0.5 delta) beyond, averaged: quadratic near the target, linear (so robust to
     * outliers) far from it. dL/dp = clamp(d, -delta, delta) / N; dL/dt = -dL/dp.
     */
    static final class Huber extends Node {
        private final Node prediction;
        private final Node target;
        private final double delta;

        Huber(Graph graph, Node prediction, Node target, double delta) {
            super(graph, FusedLosses.scalarLoss("huber", prediction, target), prediction, target);
            if (!(delta > 0)) throw new IllegalArgumentException("huber needs delta > 0, got " + delta);
            this.prediction = prediction;
            this.target = target;
            this.delta = delta;
        }

        @Override
        void forward() {
            Tensor p = prediction.value, t = target.value;
            double total = 0;
            for (int i = 0; i < p.size(); i++) {
                double d = Math.abs(p.get(i) - t.get(i));
                total += d < delta ? 0.5 * d * d : delta * (d - 0.5 * delta);
            }
            value.set(0, total / p.size());
        }

        @Override
        void backward() {
            Tensor p = prediction.value, t = target.value;
            double scale = grad.get(0) / p.size();
            for (int i = 0; i < p.size(); i++) {
                double d = scale * Math.max(-delta, Math.min(delta, p.get(i) - t.get(i)));
                if (prediction.requiresGrad) prediction.grad.set(i, prediction.grad.get(i) + d);
                if (target.requiresGrad) target.grad.set(i, target.grad.get(i) - d);
            }
        }

        @Override
        String op() {
            return "huber";
        }
    }
}
