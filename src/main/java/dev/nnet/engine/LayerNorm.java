package dev.nnet.engine;

import java.util.List;

/** Layer normalisation over the last axis (Ba, Kiros and Hinton 2016), with learnt per-feature gamma (from 1) and beta (from 0). */
public final class LayerNorm implements Layer {
    private final String name;
    private final int features;
    private final double eps;
    private final Parameter gamma;
    private final Parameter beta;

    /** torch's default eps is 1e-5. */
    public LayerNorm(String name, int features, double eps, Precision precision) {
        if (features <= 0) throw new IllegalArgumentException("layer_norm " + name + " needs features > 0, got " + features);
        if (!(eps > 0)) throw new IllegalArgumentException("layer_norm eps must be > 0, got " + eps);
        this.name = name;
        this.features = features;
        this.eps = eps;
        Tensor ones = Tensor.zeros(precision, features);
        ones.fill(1);
        this.gamma = new Parameter(name + ".gamma", ones);
        this.beta = new Parameter(name + ".beta", Tensor.zeros(precision, features));
    }

    @Override
    public Node forward(Graph g, Node x) {
        return g.layerNorm(x, g.parameter(gamma), g.parameter(beta), eps);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(gamma, beta);
    }

    @Override
    public int[] outputShape(int[] inputShapeWithoutBatch) {
        int n = inputShapeWithoutBatch.length;
        if (n == 0 || inputShapeWithoutBatch[n - 1] != features) {
            throw new IllegalArgumentException("layer_norm " + name + " expects " + features + " features last, got "
                    + Shapes.show(inputShapeWithoutBatch));
        }
        return inputShapeWithoutBatch.clone();
    }

    @Override
    public String describe() {
        return "layer_norm " + name + " " + features;
    }
}
