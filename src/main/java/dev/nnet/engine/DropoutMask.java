package dev.nnet.engine;

/**
 * Inverted dropout (Srivastava et al. 2014, with the scaling moved to training time as in torch):
 * in training mode each element is zeroed with probability {@code rate} and the survivors are
 * multiplied by 1 / (1 - rate), so the expected output equals the input and inference needs no
 * rescaling; in inference mode the node is the identity. A new mask is drawn from the node's own
 * generator at every training-mode forward; backward sends the gradient through the same mask.
 */
final class DropoutMask extends Node {
    private final Node x;
    private final double rate;
    private final Rng rng;
    private final Tensor mask;
    private boolean masked;  // whether the last forward applied the mask (training mode)
    private boolean frozen;  // for gradient checks: keep the current mask across forwards

    DropoutMask(Graph graph, Node x, double rate, Rng rng) {
        super(graph, x.value.shape(), x);
        if (!(rate >= 0 && rate < 1)) throw new IllegalArgumentException("dropout rate must lie in [0, 1), got " + rate);
        this.x = x;
        this.rate = rate;
        this.rng = rng;
        this.mask = Tensor.zeros(graph.precision(), x.value.shape());
    }

    /** Keeps the mask drawn last for all later forwards (finite differences need a fixed function). */
    void freeze() {
        frozen = true;
    }

    @Override
    void forward() {
        masked = graph.training() && rate > 0;
        if (!masked) {
            kernels.scale(x.value, 1, value);
            return;
        }
        if (!frozen) {
            double keep = 1 / (1 - rate);
            for (int i = 0; i < mask.size(); i++) mask.set(i, rng.nextDouble() < rate ? 0 : keep);
        }
        kernels.combine(Kernels.Arith.MUL, x.value, null, mask, null, value);
    }

    @Override
    void backward() {
        if (!x.requiresGrad) return;
        if (masked) kernels.accumulateProduct(grad, mask, null, x.grad, null);
        else kernels.accumulate(grad, 1, x.grad, null);
    }

    @Override
    String op() {
        return "dropout";
    }
}
