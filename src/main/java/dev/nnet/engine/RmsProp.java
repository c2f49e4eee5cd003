package dev.nnet.engine;

import java.util.List;

/**
 * RMSprop (Hinton, Srivastava and Swersky 2012, Coursera lecture 6e; the centred form from Graves
 * 2013, "Generating sequences with recurrent neural networks", eq. 38-45) as torch.optim.RMSprop:
 * <pre>
 *   g   = g + weightDecay * p                              (if weightDecay != 0)
 *   sq  = alpha * sq + (1 - alpha) * g * g                 (sq, avg, buf start at 0)
 *   avg = alpha * avg + (1 - alpha) * g                    (centred only)
 *   den = sqrt(sq - avg * avg) + epsilon   (centred)  or  sqrt(sq) + epsilon
 *   buf = momentum * buf + g / den;  p = p - learningRate * buf      (if momentum > 0)
 *   p   = p - learningRate * g / den                                 (otherwise)
 * </pre>
 */
public final class RmsProp extends PerParameterOptimizer<RmsProp.State> {
    private final double alpha;
    private final double epsilon;
    private final double weightDecay;
    private final double momentum;
    private final boolean centered;

    static final class State {
        final Tensor square;
        final Tensor mean;   // null unless centred
        final Tensor buffer; // null without momentum

        State(Tensor like, boolean centered, boolean momentum) {
            square = Tensor.zeros(like.precision(), like.shape());
            mean = centered ? Tensor.zeros(like.precision(), like.shape()) : null;
            buffer = momentum ? Tensor.zeros(like.precision(), like.shape()) : null;
        }
    }

    /** torch.optim.RMSprop's defaults are (1e-2, 0.99, 1e-8, 0, 0, false). */
    public RmsProp(double learningRate, double alpha, double epsilon, double weightDecay, double momentum,
                   boolean centered) {
        super(learningRate);
        if (alpha < 0 || alpha > 1) throw new IllegalArgumentException("RMSprop's alpha must lie in [0, 1], got " + alpha);
        if (momentum < 0) throw new IllegalArgumentException("RMSprop's momentum must be >= 0, got " + momentum);
        this.alpha = alpha;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.momentum = momentum;
        this.centered = centered;
    }

    @Override
    State newState(Tensor like) {
        return new State(like, centered, momentum > 0);
    }

    @Override
    String savedKey() {
        return "square_avg";
    }

    @Override
    void save(State s, int i, OptimizerState saved) {
        saved.put(i, "square_avg", s.square);
        if (s.mean != null) saved.put(i, "grad_avg", s.mean);
        if (s.buffer != null) saved.put(i, "momentum_buffer", s.buffer);
    }

    @Override
    void load(State s, int i, OptimizerState saved) {
        saved.copy(i, "square_avg", s.square);
        if (s.mean != null) saved.copy(i, "grad_avg", s.mean);
        if (s.buffer != null) saved.copy(i, "momentum_buffer", s.buffer);
    }

    @Override
    public void step(List<Parameter> params) {
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            State s = state(p);
            if (p.value().precision() == Precision.FLOAT32) {
                update(p.value().floats(), p.grad().floats(), s.square.floats(),
                        s.mean == null ? null : s.mean.floats(), s.buffer == null ? null : s.buffer.floats());
            } else {
                update(p.value().doubles(), p.grad().doubles(), s.square.doubles(),
                        s.mean == null ? null : s.mean.doubles(), s.buffer == null ? null : s.buffer.doubles());
            }
        }
    }

    private void update(float[] p, float[] g, float[] sq, float[] avg, float[] buf) {
        float a = (float) alpha, c = (float) (1 - alpha), eps = (float) epsilon, wd = (float) weightDecay;
        float mu = (float) momentum, lr = (float) learningRate;
        for (int i = 0; i < p.length; i++) {
            float d = wd != 0 ? g[i] + wd * p[i] : g[i];
            sq[i] = a * sq[i] + c * (d * d);
            float den;
            if (avg != null) {
                avg[i] = a * avg[i] + c * d;
                den = (float) Math.sqrt(sq[i] - avg[i] * avg[i]) + eps;
            } else {
                den = (float) Math.sqrt(sq[i]) + eps;
            }
            if (buf != null) {
                buf[i] = mu * buf[i] + d / den;
                p[i] += -lr * buf[i];
            } else {
                p[i] += -lr * (d / den);
            }
            g[i] = 0f;
        }
    }

    private void update(double[] p, double[] g, double[] sq, double[] avg, double[] buf) {
        double c = 1 - alpha;
        for (int i = 0; i < p.length; i++) {
            double d = weightDecay != 0 ? g[i] + weightDecay * p[i] : g[i];
            sq[i] = alpha * sq[i] + c * (d * d);
            double den;
            if (avg != null) {
                avg[i] = alpha * avg[i] + c * d;
                den = Math.sqrt(sq[i] - avg[i] * avg[i]) + epsilon;
            } else {
                den = Math.sqrt(sq[i]) + epsilon;
            }
            if (buf != null) {
                buf[i] = momentum * buf[i] + d / den;
                p[i] += -learningRate * buf[i];
            } else {
                p[i] += -learningRate * (d / den);
            }
            g[i] = 0;
        }
    }
}
