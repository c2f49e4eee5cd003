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
        Activation fused = fusedActivation();
        List<Layer> layers = model.layers();
        boolean skipLast = fused != null && endsWith(layers, fused);
        return on(g, model.forward(g, x, skipLast ? layers.size() - 1 : layers.size()), target, parameter);
    }

    /** A model's output and its loss, recorded over one forward pass. */
    public record Built(Node output, Node loss) {
    }

    /**
     * As {@link #build(Graph, Sequential, Node, Node, double)}, and also the model's output (after
     * a fused final activation), from the same forward pass: evaluating a set needs both, and
     * recording the model twice ran every layer twice.
     */
    public Built buildWithOutput(Graph g, Sequential model, Node x, Node target, double parameter) {
        Activation fused = fusedActivation();
        List<Layer> layers = model.layers();
        if (fused == null || !endsWith(layers, fused)) {
            Node output = model.forward(g, x);
            return new Built(output, on(g, output, target, parameter));
        }
        Node logits = model.forward(g, x, layers.size() - 1);
        Node output = layers.get(layers.size() - 1).forward(g, logits);
        return new Built(output, on(g, logits, target, parameter));
    }

    /** This loss of {@code output} (taken as logits by the fused losses) against {@code target}. */
    private Node on(Graph g, Node output, Node target, double parameter) {
        switch (this) {
            case MSE:
                return g.mse(output, target);
            case BINARY_CROSS_ENTROPY:
                return g.sigmoidBinaryCrossEntropy(output, target);
            case CROSS_ENTROPY:
                return g.softmaxCrossEntropy(output, target);
            case MAE:
                return g.mae(output, target);
            case HUBER:
                return g.huber(output, target, parameter);
            default:
                return g.nll(output, target);
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

    private static boolean endsWith(List<Layer> layers, Activation fused) {
        return !layers.isEmpty() && layers.get(layers.size() - 1) instanceof ActivationLayer last
                && last.activation() == fused;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
