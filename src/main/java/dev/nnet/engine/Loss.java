package dev.nnet.engine;

import java.util.List;

/** The training objectives, each built on top of a model's forward pass. */
public enum Loss {
    /** Mean squared error of the model's full output. */
    MSE,
    /** Binary cross-entropy, computed from logits (the fused, stable form). */
    BINARY_CROSS_ENTROPY,
    /** Softmax cross-entropy over the last axis, computed from logits (the fused, stable form). */
    CROSS_ENTROPY,
    /** Mean absolute error (L1). */
    MAE,
    /** Huber's loss with parameter delta (default 1, as torch). */
    HUBER,
    /** Negative log-likelihood of log-probabilities: the model should end in log_softmax. */
    NLL;

    /** Records the model on {@code x} and this loss against {@code target}, with the default parameter. */
    public Node build(Graph g, Sequential model, Node x, Node target) {
        return build(g, model, x, target, defaultParameter());
    }

    /**
     * Records the model on {@code x} and this loss against {@code target}; returns the scalar loss.
     * When the model ends in the activation this loss expects (SOFTMAX for CROSS_ENTROPY, SIGMOID
     * for BINARY_CROSS_ENTROPY) that layer is skipped and the fused op takes the logits before it,
     * because log(softmax(x)) computed in two steps becomes -infinity once a probability rounds to 0.
     * Otherwise the model's output is taken as logits (for CROSS_ENTROPY a final LOG_SOFTMAX is
     * harmless: log-softmax of log-probabilities is themselves). {@code parameter} is HUBER's delta;
     * the other losses ignore it.
     */
    public Node build(Graph g, Sequential model, Node x, Node target, double parameter) {
        switch (this) {
            case MSE:
                return g.mse(model.forward(g, x), target);
            case BINARY_CROSS_ENTROPY:
                return g.sigmoidBinaryCrossEntropy(logits(g, model, x, Activation.SIGMOID), target);
            case CROSS_ENTROPY:
                return g.softmaxCrossEntropy(logits(g, model, x, Activation.SOFTMAX), target);
            case MAE:
                return g.mae(model.forward(g, x), target);
            case HUBER:
                return g.huber(model.forward(g, x), target, parameter);
            default:
                return g.nll(model.forward(g, x), target);
        }
    }

    /** HUBER's default delta, 1; NaN for the losses without a parameter. */
    public double defaultParameter() {
        return this == HUBER ? 1.0 : Double.NaN;
    }

    /** The activation this loss fuses, if the model ends with it. */
    public Activation fusedActivation() {
        switch (this) {
            case BINARY_CROSS_ENTROPY: return Activation.SIGMOID;
            case CROSS_ENTROPY: return Activation.SOFTMAX;
            default: return null;
        }
    }

    private static Node logits(Graph g, Sequential model, Node x, Activation fused) {
        List<Layer> layers = model.layers();
        boolean endsWithFused = !layers.isEmpty()
                && layers.get(layers.size() - 1) instanceof ActivationLayer last
                && last.activation() == fused;
        return model.forward(g, x, endsWithFused ? layers.size() - 1 : layers.size());
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
