package dev.nnet.engine;

import java.util.List;

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
public final class Adagrad extends PerParameterOptimizer<Adagrad.State> {
    private final double learningRateDecay;
    private final double weightDecay;
    private final double initialAccumulator;
    private final double epsilon;

    static final class State {
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
        super(learningRate);
        if (initialAccumulator < 0) {
            throw new IllegalArgumentException("Adagrad's initial accumulator must be >= 0, got " + initialAccumulator);
        }
        this.learningRateDecay = learningRateDecay;
        this.weightDecay = weightDecay;
        this.initialAccumulator = initialAccumulator;
        this.epsilon = epsilon;
    }

    @Override
    State newState(Tensor like) {
        return new State(like, initialAccumulator);
    }

    @Override
    String savedKey() {
        return "sum";
    }

    @Override
    void save(State s, int i, OptimizerState saved) {
        saved.put(i, "sum", s.sum);
        saved.put(i, "step", s.step);
    }

    @Override
    void load(State s, int i, OptimizerState saved) {
        saved.copy(i, "sum", s.sum);
        s.step = (long) saved.number(i, "step");
    }

    @Override
    public void step(List<Parameter> params) {
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            State s = state(p);
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
