package dev.nnet.engine;

/**
 * The activation functions a layer can apply elementwise (softmaxes: over the last axis). Two
 * take a parameter: leaky_relu its slope for x < 0, elu its alpha; {@link #defaultParameter()}
 * gives torch's default, used when none is given.
 */
public enum Activation {
    SIGMOID,
    TANH,
    RELU,
    SOFTMAX,
    LOG_SOFTMAX,
    LINEAR,
    LEAKY_RELU,
    ELU,
    /** The exact form x Phi(x) with erf, as PyTorch's default nn.GELU() (not the tanh approximation). */
    GELU,
    SILU,
    SOFTPLUS;

    public Node apply(Graph g, Node x) {
        return apply(g, x, defaultParameter());
    }

    /** Applies this activation with the given parameter (ignored by activations that have none). */
    public Node apply(Graph g, Node x, double parameter) {
        switch (this) {
            case SIGMOID: return g.sigmoid(x);
            case TANH: return g.tanh(x);
            case RELU: return g.relu(x);
            case SOFTMAX: return g.softmax(x);
            case LOG_SOFTMAX: return g.logSoftmax(x);
            case LEAKY_RELU: return g.leakyRelu(x, parameter);
            case ELU: return g.elu(x, parameter);
            case GELU: return g.gelu(x);
            case SILU: return g.silu(x);
            case SOFTPLUS: return g.softplus(x);
            default: return x; // LINEAR: the identity, no node recorded
        }
    }

    /** Whether this activation takes a parameter (leaky_relu's slope, elu's alpha). */
    public boolean hasParameter() {
        return this == LEAKY_RELU || this == ELU;
    }

    /** torch's default parameter: 0.01 for leaky_relu, 1 for elu; NaN for the others. */
    public double defaultParameter() {
        switch (this) {
            case LEAKY_RELU: return 0.01;
            case ELU: return 1.0;
            default: return Double.NaN;
        }
    }

    /** The name users write: sigmoid, tanh, relu, softmax, log_softmax, linear, leaky_relu, elu, gelu, silu, softplus. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
