package dev.nnet.engine;

import java.util.List;

/**
 * AdamW (Loshchilov and Hutter 2019, "Decoupled weight decay regularization", Algorithm 2) as
 * torch.optim.AdamW (amsgrad off): the weight decay shrinks the parameter directly,
 * <pre>
 *   p = p * (1 - learningRate * weightDecay)
 * </pre>
 * and then {@link Adam}'s step runs on the unchanged gradient. With Adam's L2 penalty the decay
 * would pass through the moment estimates and be scaled down where gradients are large; here
 * every weight decays at the same rate, which is the point of the paper.
 */
public final class AdamW implements Optimizer {
    private final Adam adam;
    private final double weightDecay;

    /** torch.optim.AdamW's defaults are (1e-3, 0.9, 0.999, 1e-8, 1e-2). */
    public AdamW(double learningRate, double beta1, double beta2, double epsilon, double weightDecay) {
        if (weightDecay < 0) throw new IllegalArgumentException("AdamW's weight decay must be >= 0, got " + weightDecay);
        this.adam = new Adam(learningRate, beta1, beta2, epsilon, 0);
        this.weightDecay = weightDecay;
    }

    @Override
    public double learningRate() {
        return adam.learningRate();
    }

    @Override
    public void setLearningRate(double rate) {
        adam.setLearningRate(rate);
    }

    @Override
    public OptimizerState saveState(List<Parameter> params) {
        return adam.saveState(params);
    }

    @Override
    public void loadState(List<Parameter> params, OptimizerState state) {
        adam.loadState(params, state);
    }

    @Override
    public void step(List<Parameter> params) {
        double keep = 1 - adam.learningRate() * weightDecay;
        if (weightDecay != 0) {
            for (int i = 0; i < params.size(); i++) {
                Tensor p = params.get(i).value();
                Kernels.of(p.precision()).scale(p, keep, p);
            }
        }
        adam.step(params);
    }
}
