package dev.nnet.engine;

import java.util.List;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1) as torch.optim.Adam (amsgrad off), per parameter p with
 * gradient g at its step t = 1, 2, ...:
 * <pre>
 *   g = g + weightDecay * p                 (L2 penalty, if weightDecay != 0; not AdamW)
 *   m = beta1 * m + (1 - beta1) * g         (m, v start at 0)
 *   v = beta2 * v + (1 - beta2) * g^2
 *   mHat = m / (1 - beta1^t);  vHat = v / (1 - beta2^t)
 *   p = p - learningRate * mHat / (sqrt(vHat) + epsilon)
 * </pre>
 * evaluated, like PyTorch's implementation, as p -= (lr / (1 - beta1^t)) m / (sqrt(v) /
 * sqrt(1 - beta2^t) + epsilon), which is the same formula.
 */
public final class Adam extends PerParameterOptimizer<Adam.State> {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;

    /** The moments of one parameter and its own step count t (PyTorch keeps the count per parameter too). */
    static final class State {
        final Tensor m;
        final Tensor v;
        // beta^t kept as running products: StrictMath.pow allocates on Java 17, and steps must not.
        double beta1Power = 1;
        double beta2Power = 1;

        State(Tensor like) {
            m = Tensor.zeros(like.precision(), like.shape());
            v = Tensor.zeros(like.precision(), like.shape());
        }
    }

    public Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay) {
        super(learningRate);
        if (beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1) {
            throw new IllegalArgumentException("Adam's betas must lie in [0, 1), got " + beta1 + " and " + beta2);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
    }

    @Override
    State newState(Tensor like) {
        return new State(like);
    }

    @Override
    String savedKey() {
        return "m";
    }

    @Override
    void save(State s, int i, OptimizerState saved) {
        saved.put(i, "m", s.m);
        saved.put(i, "v", s.v);
        saved.put(i, "beta1_power", s.beta1Power);
        saved.put(i, "beta2_power", s.beta2Power);
    }

    @Override
    void load(State s, int i, OptimizerState saved) {
        saved.copy(i, "m", s.m);
        saved.copy(i, "v", s.v);
        s.beta1Power = saved.number(i, "beta1_power");
        s.beta2Power = saved.number(i, "beta2_power");
    }

    @Override
    public void step(List<Parameter> params) {
        for (int i = 0; i < params.size(); i++) { // indexed: no iterator on the training path
            Parameter p = params.get(i);
            State s = state(p);
            s.beta1Power *= beta1;
            s.beta2Power *= beta2;
            double bias1 = 1 - s.beta1Power;
            double bias2 = 1 - s.beta2Power;
            Kernels.of(p.value().precision()).adam(p.value(), p.grad(), s.m, s.v, beta1, beta2, epsilon, weightDecay,
                    learningRate / bias1, Math.sqrt(bias2));
        }
    }
}
