package dev.nnet.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent exactly as torch.optim.SGD (dampening 0), per parameter p with
 * gradient g at step t:
 * <pre>
 *   g = g + weightDecay * p                           (if weightDecay != 0)
 *   b = (t == 1) ? g : momentum * b + g                (if momentum != 0)
 *   g = nesterov ? g + momentum * b : b                (if momentum != 0)
 *   p = p - learningRate * g
 * </pre>
 * The momentum buffer starts as the first gradient, not zero: that is PyTorch's choice, and the
 * reason SGD's first step with momentum equals a plain one.
 */
public final class Sgd implements Optimizer {
    private double learningRate;
    private final double momentum;
    private final boolean nesterov;
    private final double weightDecay;
    private final Map<Parameter, Tensor> buffers = new IdentityHashMap<>();

    public Sgd(double learningRate, double momentum, boolean nesterov, double weightDecay) {
        if (nesterov && momentum <= 0) throw new IllegalArgumentException("nesterov momentum needs momentum > 0");
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.weightDecay = weightDecay;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRate(double rate) {
        learningRate = rate;
    }

    @Override
    public OptimizerState saveState(List<Parameter> params) {
        OptimizerState saved = OptimizerState.empty();
        saved.put("learning_rate", learningRate);
        for (int i = 0; i < params.size(); i++) {
            Tensor buffer = buffers.get(params.get(i));
            if (buffer != null) saved.put(i, "momentum_buffer", buffer);
        }
        return saved;
    }

    @Override
    public void loadState(List<Parameter> params, OptimizerState saved) {
        learningRate = saved.number("learning_rate");
        buffers.clear();
        for (int i = 0; i < params.size(); i++) {
            if (!saved.has(i, "momentum_buffer")) continue;
            Tensor like = params.get(i).value();
            Tensor buffer = Tensor.zeros(like.precision(), like.shape());
            saved.copy(i, "momentum_buffer", buffer);
            buffers.put(params.get(i), buffer);
        }
    }

    @Override
    public void step(List<Parameter> params) {
        for (int i = 0; i < params.size(); i++) { // indexed: no iterator on the training path
            Parameter p = params.get(i);
            Tensor buffer = null;
            boolean first = false;
            if (momentum != 0) {
                buffer = buffers.get(p);
                if (buffer == null) {
                    buffer = Tensor.zeros(p.value().precision(), p.value().shape());
                    buffers.put(p, buffer);
                    first = true;
                }
            }
            Kernels.of(p.value().precision())
                    .sgd(p.value(), p.grad(), buffer, first, learningRate, momentum, nesterov, weightDecay);
        }
    }
}
