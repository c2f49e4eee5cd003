package dev.nnet.engine;

import java.util.List;

/**
 * Resilient backpropagation (Riedmiller and Braun 1993, "A direct adaptive method for faster
 * backpropagation learning: the RPROP algorithm") as torch.optim.Rprop, the variant without
 * weight backtracking. Only the sign of each gradient is used; each weight has its own step,
 * which grows while the gradient keeps its sign and shrinks when the sign flips:
 * <pre>
 *   s = sign(g * prev)
 *   s > 0:  step = min(step * etaPlus, maxStep)
 *   s < 0:  step = max(step * etaMinus, minStep);  g = 0   (skip this weight once)
 *   s = 0:  step unchanged (clamped to [minStep, maxStep])
 *   p = p - sign(g) * step;  prev = g                     (step starts at learningRate, prev at 0)
 * </pre>
 * Meant for full-batch training: mini-batch noise flips the signs at random. The learning rate is
 * the initial step of parameters not yet seen; as in torch, a parameter's steps adapt on their own
 * afterwards, so a schedule only reaches parameters from their first step on.
 */
public final class Rprop extends PerParameterOptimizer<Rprop.State> {
    private final double etaMinus;
    private final double etaPlus;
    private final double minStep;
    private final double maxStep;

    static final class State {
        final Tensor previous;
        final Tensor step;

        State(Tensor like, double initialStep) {
            previous = Tensor.zeros(like.precision(), like.shape());
            step = Tensor.zeros(like.precision(), like.shape());
            step.fill(initialStep);
        }
    }

    /** torch.optim.Rprop's defaults are (1e-2, 0.5, 1.2, 1e-6, 50). */
    public Rprop(double learningRate, double etaMinus, double etaPlus, double minStep, double maxStep) {
        super(learningRate);
        if (!(0 < etaMinus && etaMinus < 1 && etaPlus > 1)) {
            throw new IllegalArgumentException("Rprop needs 0 < etaMinus < 1 < etaPlus, got " + etaMinus + " and " + etaPlus);
        }
        this.etaMinus = etaMinus;
        this.etaPlus = etaPlus;
        this.minStep = minStep;
        this.maxStep = maxStep;
    }

    @Override
    State newState(Tensor like) {
        return new State(like, learningRate);
    }

    @Override
    String savedKey() {
        return "step";
    }

    @Override
    void save(State s, int i, OptimizerState saved) {
        saved.put(i, "previous", s.previous);
        saved.put(i, "step", s.step);
    }

    @Override
    void load(State s, int i, OptimizerState saved) {
        saved.copy(i, "previous", s.previous);
        saved.copy(i, "step", s.step);
    }

    @Override
    public void step(List<Parameter> params) {
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            State s = state(p);
            if (p.value().precision() == Precision.FLOAT32) {
                update(p.value().floats(), p.grad().floats(), s.previous.floats(), s.step.floats());
            } else {
                update(p.value().doubles(), p.grad().doubles(), s.previous.doubles(), s.step.doubles());
            }
        }
    }

    private void update(float[] p, float[] g, float[] prev, float[] step) {
        float up = (float) etaPlus, down = (float) etaMinus, lo = (float) minStep, hi = (float) maxStep;
        for (int i = 0; i < p.length; i++) {
            float d = g[i];
            float s = d * prev[i];
            float factor = s > 0 ? up : s < 0 ? down : 1f;
            step[i] = Math.min(Math.max(step[i] * factor, lo), hi);
            if (s < 0) d = 0f;
            p[i] -= Math.signum(d) * step[i];
            prev[i] = d;
            g[i] = 0f;
        }
    }

    private void update(double[] p, double[] g, double[] prev, double[] step) {
        for (int i = 0; i < p.length; i++) {
            double d = g[i];
            double s = d * prev[i];
            double factor = s > 0 ? etaPlus : s < 0 ? etaMinus : 1;
            step[i] = Math.min(Math.max(step[i] * factor, minStep), maxStep);
            if (s < 0) d = 0;
            p[i] -= Math.signum(d) * step[i];
            prev[i] = d;
            g[i] = 0;
        }
    }
}
