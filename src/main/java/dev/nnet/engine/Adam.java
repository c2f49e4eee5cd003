package dev.nnet.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
public final class Adam implements Optimizer {
    private double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final Map<Parameter, State> states = new IdentityHashMap<>();

    /** The moments of one parameter and its own step count t (PyTorch keeps the count per parameter too). */
    private static final class State {
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
        if (beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1) {
            throw new IllegalArgumentException("Adam's betas must lie in [0, 1), got " + beta1 + " and " + beta2);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
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
            State s = states.get(params.get(i));
            if (s == null) continue;
            saved.put(i, "m", s.m);
            saved.put(i, "v", s.v);
            saved.put(i, "beta1_power", s.beta1Power);
            saved.put(i, "beta2_power", s.beta2Power);
        }
        return saved;
    }

    @Override
    public void loadState(List<Parameter> params, OptimizerState saved) {
        learningRate = saved.number("learning_rate");
        states.clear();
        for (int i = 0; i < params.size(); i++) {
            if (!saved.has(i, "m")) continue;
            State s = new State(params.get(i).value());
            saved.copy(i, "m", s.m);
            saved.copy(i, "v", s.v);
            s.beta1Power = saved.number(i, "beta1_power");
            s.beta2Power = saved.number(i, "beta2_power");
            states.put(params.get(i), s);
        }
    }

    @Override
    public void step(List<Parameter> params) {
        for (int i = 0; i < params.size(); i++) { // indexed: no iterator on the training path
            Parameter p = params.get(i);
            State s = states.get(p);
            if (s == null) {
                s = new State(p.value());
                states.put(p, s);
            }
            s.beta1Power *= beta1;
            s.beta2Power *= beta2;
            double bias1 = 1 - s.beta1Power;
            double bias2 = 1 - s.beta2Power;
            Kernels.of(p.value().precision()).adam(p.value(), p.grad(), s.m, s.v, beta1, beta2, epsilon, weightDecay,
                    learningRate / bias1, Math.sqrt(bias2));
        }
    }
}
