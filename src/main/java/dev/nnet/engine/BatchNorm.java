package dev.nnet.engine;

import java.util.List;

/**
 * Batch normalisation as a layer (Ioffe and Szegedy 2015), over the channel axis of [batch,
 * channels] or [batch, channels, height, width] (torch's BatchNorm1d and BatchNorm2d): a learnt
 * scale gamma (starting at 1) and shift beta (starting at 0) per channel, and running statistics
 * (mean 0, variance 1 at first) for inference. The running statistics are state, not parameters:
 * no optimizer touches them, but a model file must keep them.
 */
public final class BatchNorm implements Layer {
    private final String name;
    private final int channels;
    private final double momentum;
    private final double eps;
    private final Parameter gamma;
    private final Parameter beta;
    private final Tensor runningMean;
    private final Tensor runningVariance;

    /** torch's defaults are momentum 0.1 and eps 1e-5. */
    public BatchNorm(String name, int channels, double momentum, double eps, Precision precision) {
        if (channels <= 0) throw new IllegalArgumentException("batch_norm " + name + " needs channels > 0, got " + channels);
        if (!(momentum >= 0 && momentum <= 1)) throw new IllegalArgumentException("batch_norm momentum must lie in [0, 1]");
        if (!(eps > 0)) throw new IllegalArgumentException("batch_norm eps must be > 0, got " + eps);
        this.name = name;
        this.channels = channels;
        this.momentum = momentum;
        this.eps = eps;
        Tensor ones = Tensor.zeros(precision, channels);
        ones.fill(1);
        this.gamma = new Parameter(name + ".gamma", ones);
        this.beta = new Parameter(name + ".beta", Tensor.zeros(precision, channels));
        this.runningMean = Tensor.zeros(precision, channels);
        this.runningVariance = ones.copy();
    }

    public Parameter gamma() {
        return gamma;
    }

    public Parameter beta() {
        return beta;
    }

    public Tensor runningMean() {
        return runningMean;
    }

    public Tensor runningVariance() {
        return runningVariance;
    }

    @Override
    public Node forward(Graph g, Node x) {
        return g.batchNorm(x, g.parameter(gamma), g.parameter(beta), runningMean, runningVariance, momentum, eps);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(gamma, beta);
    }

    @Override
    public int[] outputShape(int[] inputShapeWithoutBatch) {
        if (inputShapeWithoutBatch.length == 0 || inputShapeWithoutBatch[0] != channels) {
            throw new IllegalArgumentException("batch_norm " + name + " expects " + channels + " channels first, got "
                    + Shapes.show(inputShapeWithoutBatch));
        }
        return inputShapeWithoutBatch.clone();
    }

    @Override
    public String describe() {
        return "batch_norm " + name + " " + channels;
    }
}
