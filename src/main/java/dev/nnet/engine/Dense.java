package dev.nnet.engine;

import java.util.List;

/**
 * A fully connected layer: y = x . W + b, with W of shape [in, out] (so a batch [n, in] maps to
 * [n, out] without a transpose) and b of shape [out], initialised to zeros as in most practice.
 */
public final class Dense implements Layer {
    private final String name;
    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias; // null without bias

    public Dense(String name, int in, int out, Initializer init, boolean bias, Precision precision, Rng rng) {
        this(name, in, out, WeightInit.of(init), bias, precision, rng);
    }

    /** With an initializer that takes arguments, such as {@code WeightInit.normal(0.01)}. */
    public Dense(String name, int in, int out, WeightInit init, boolean bias, Precision precision, Rng rng) {
        if (in <= 0 || out <= 0) {
            throw new IllegalArgumentException("dense layer " + name + " needs positive sizes, got " + in + " -> " + out);
        }
        this.name = name;
        this.in = in;
        this.out = out;
        Tensor w = Tensor.zeros(precision, in, out);
        init.fill(w, in, out, rng);
        this.weight = new Parameter(name + ".weight", w);
        this.bias = bias ? new Parameter(name + ".bias", Tensor.zeros(precision, out)) : null;
    }

    public String name() {
        return name;
    }

    public int inputSize() {
        return in;
    }

    public int outputSize() {
        return out;
    }

    public Parameter weight() {
        return weight;
    }

    /** The bias, or null for a layer built without one. */
    public Parameter bias() {
        return bias;
    }

    @Override
    public Node forward(Graph g, Node x) {
        int[] shape = x.shape();
        if (shape.length != 2 || shape[1] != in) {
            throw new IllegalArgumentException("dense layer " + name + " expects input [batch, " + in + "], got "
                    + Shapes.show(shape));
        }
        Node y = g.matmul(x, g.parameter(weight));
        return bias == null ? y : g.add(y, g.parameter(bias));
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(weight) : List.of(weight, bias);
    }

    @Override
    public int[] outputShape(int[] inputShapeWithoutBatch) {
        if (inputShapeWithoutBatch.length != 1 || inputShapeWithoutBatch[0] != in) {
            throw new IllegalArgumentException("dense layer " + name + " expects rows of shape [" + in + "], got "
                    + Shapes.show(inputShapeWithoutBatch));
        }
        return new int[] {out};
    }

    @Override
    public String describe() {
        return "dense " + name + " " + in + " -> " + out + (bias == null ? " (no bias)" : "");
    }
}
