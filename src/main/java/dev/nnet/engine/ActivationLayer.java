package dev.nnet.engine;

import java.util.List;

/** A layer that applies an {@link Activation}; it has no parameters and keeps the shape. */
public final class ActivationLayer implements Layer {
    private final Activation activation;
    private final double parameter;

    public ActivationLayer(Activation activation) {
        this(activation, activation.defaultParameter());
    }

    /** With a parameter: leaky_relu's slope for x < 0, elu's alpha (ignored by the others). */
    public ActivationLayer(Activation activation, double parameter) {
        if (activation.hasParameter() && !Double.isFinite(parameter)) {
            throw new IllegalArgumentException(activation.label() + " needs a finite parameter, got " + parameter);
        }
        this.activation = activation;
        this.parameter = parameter;
    }

    public Activation activation() {
        return activation;
    }

    /** The parameter (NaN for activations without one). */
    public double parameter() {
        return parameter;
    }

    @Override
    public Node forward(Graph g, Node x) {
        return activation.apply(g, x, parameter);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public int[] outputShape(int[] inputShapeWithoutBatch) {
        return inputShapeWithoutBatch.clone();
    }

    @Override
    public String describe() {
        return activation.hasParameter() ? activation.label() + "(" + parameter + ")" : activation.label();
    }
}
