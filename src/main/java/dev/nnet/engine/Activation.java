package dev.nnet.engine;

/** The activation functions a layer can apply elementwise (softmaxes: over the last axis). */
public enum Activation {
    SIGMOID,
    TANH,
    RELU,
    SOFTMAX,
    LOG_SOFTMAX,
    LINEAR;

    public Node apply(Graph g, Node x) {
        switch (this) {
            case SIGMOID: return g.sigmoid(x);
            case TANH: return g.tanh(x);
            case RELU: return g.relu(x);
            case SOFTMAX: return g.softmax(x);
            case LOG_SOFTMAX: return g.logSoftmax(x);
            default: return x; // LINEAR: the identity, no node recorded
        }
    }

    /** The name users write: sigmoid, tanh, relu, softmax, log_softmax, linear. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
