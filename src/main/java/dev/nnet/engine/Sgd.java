package dev.nnet.engine;

import java.util.List;

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
public final class Sgd extends PerParameterOptimizer<Sgd.State> {
    private final double momentum;
    private final boolean nesterov;
    private final double weightDecay;

    /** A parameter's momentum buffer, and whether a step has filled it (the first step copies the gradient). */
    static final class State {
        final Tensor buffer;
        boolean started;

        State(Tensor like) {
            buffer = Tensor.zeros(like.precision(), like.shape());
        }
    }

    public Sgd(double learningRate, double momentum, boolean nesterov, double weightDecay) {
        super(learningRate);
        if (nesterov && momentum <= 0) throw new IllegalArgumentException("nesterov momentum needs momentum > 0");
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.weightDecay = weightDecay;
    }

    @Override
    State newState(Tensor like) {
        return new State(like);
    }

    @Override
    String savedKey() {
        return "momentum_buffer";
    }

    @Override
    void save(State s, int i, OptimizerState saved) {
        saved.put(i, "momentum_buffer", s.buffer);
    }

    @Override
    void load(State s, int i, OptimizerState saved) {
        saved.copy(i, "momentum_buffer", s.buffer);
        s.started = true;
    }

    @Override
    public void step(List<Parameter> params) {
        for (int i = 0; i < params.size(); i++) { // indexed: no iterator on the training path
            Parameter p = params.get(i);
            Tensor buffer = null;
            boolean first = false;
            if (momentum != 0) { // without momentum there is no buffer, and no state
                State s = state(p);
                buffer = s.buffer;
                first = !s.started;
                s.started = true;
            }
            Kernels.of(p.value().precision())
                    .sgd(p.value(), p.grad(), buffer, first, learningRate, momentum, nesterov, weightDecay);
        }
    }
}
