package dev.nnet.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adagrad (Duchi, Hazan and Singer 2011) as torch.optim.Adagrad, per parameter p with gradient g
 * at its step t = 1, 2, ...:
 * <pre>
 *   g   = g + weightDecay * p                          (if weightDecay != 0)
 *   clr = learningRate / (1 + (t - 1) * learningRateDecay)
 *   sum = sum + g * g                                   (sum starts at initialAccumulator)
 *   p   = p - clr * g / (sqrt(sum) + epsilon)
 * </pre>
 * Each weight's step shrinks with the squared gradients it has seen: rare features keep large steps.
 */
public final class Adagrad implements Optimizer {
    private double learningRate;
    private final double learningRateDecay;
    private final double weightDecay;
    private final double initialAccumulator;
    private final double epsilon;
    private final Map<Parameter, State> states = new IdentityHashMap<>();

    private static final class State {
        final Tensor sum;
        long step;

        State(Tensor like, double initial) {
            sum = Tensor.zeros(like.precision(), like.shape());
            sum.fill(initial);
        }
    }

    /** torch.optim.Adagrad's defaults are (1e-2, 0, 0, 0, 1e-10). */
    public Adagrad(double learningRate, double learningRateDecay, double weightDecay, double initialAccumulator,
                   double epsilon) {
        if (initialAccumulator < 0) {
            throw new IllegalArgumentException("Adagrad's initial accumulator must be >= 0, got " + initialAccumulator);
        }
        this.learningRate = learningRate;
        this.learningRateDecay = learningRateDecay;
        this.weightDecay = weightDecay;
        this.initialAccumulator = initialAccumulator;
        this.epsilon = epsilon;
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
            saved.put(i, "sum", s.sum);
            saved.put(i, "step", s.step);
        }
        return saved;
    }

    @Override
    public void loadState(List<Parameter> params, OptimizerState saved) {
        learningRate = saved.number("learning_rate");
        states.clear();
        for (int i = 0; i < params.size(); i++) {
            if (!saved.has(i, "sum")) continue;
            State s = new State(params.get(i).value(), 0);
            saved.copy(i, "sum", s.sum);
            s.step = (long) saved.number(i, "step");
            states.put(params.get(i), s);
        }
    }

    @Override
    public void step(List<Parameter> params) {
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            State s = states.get(p);
            if (s == null) {
                s = new State(p.value(), initialAccumulator);
                states.put(p, s);
            }
            s.step++;
            double clr = learningRate / (1 + (s.step - 1) * learningRateDecay);
            if (p.value().precision() == Precision.FLOAT32) {
                update(p.value().floats(), p.grad().floats(), s.sum.floats(), (float) clr);
            } else {
                update(p.value().doubles(), p.grad().doubles(), s.sum.doubles(), clr);
            }
        }
    }

    private void update(float[] p, float[] g, float[] sum, float clr) {
        float wd = (float) weightDecay, eps = (float) epsilon;
        for (int i = 0; i < p.length; i++) {
            float d = wd != 0 ? g[i] + wd * p[i] : g[i];
            sum[i] += d * d;
            p[i] += -clr * (d / ((float) Math.sqrt(sum[i]) + eps));
            g[i] = 0f;
        }
    }

    private void update(double[] p, double[] g, double[] sum, double clr) {
        for (int i = 0; i < p.length; i++) {
            double d = weightDecay != 0 ? g[i] + weightDecay * p[i] : g[i];
            sum[i] += d * d;
            p[i] += -clr * (d / (Math.sqrt(sum[i]) + epsilon));
            g[i] = 0;
        }
    }
}
