package dev.nnet.engine;

import java.util.List;

/** A layer that applies an {@link Activation}; it has no parameters and keeps the shape. */
public final class ActivationLayer implements Layer {
    private final Activation activation;

    public ActivationLayer(Activation activation) {
        this.activation = activation;
    }

    public Activation activation() {
        return activation;
    }

    @Override
    public Node forward(Graph g, Node x) {
        return activation.apply(g, x);
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
        return activation.label();
    }
}
