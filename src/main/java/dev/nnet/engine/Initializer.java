package dev.nnet.engine;

/**
 * How a weight tensor starts, following torch.nn.init with gain 1 for Xavier and gain sqrt(2)
 * (relu's) for He, fan mode "fan_in". Elements are drawn in row-major order from the given
 * generator, so the same seed gives the same weights.
 */
public enum Initializer {
    /** U(-a, a), a = sqrt(6 / (fan_in + fan_out)): torch.nn.init.xavier_uniform_ (Glorot and Bengio 2010). */
    XAVIER_UNIFORM,
    /** N(0, std^2), std = sqrt(2 / (fan_in + fan_out)): torch.nn.init.xavier_normal_. */
    XAVIER_NORMAL,
    /** U(-b, b), b = sqrt(2) * sqrt(3 / fan_in) = sqrt(6 / fan_in): torch.nn.init.kaiming_uniform_ (He et al. 2015) for relu. */
    HE_UNIFORM,
    /** N(0, std^2), std = sqrt(2) / sqrt(fan_in): torch.nn.init.kaiming_normal_ for relu. */
    HE_NORMAL,
    /** All zeros. */
    ZEROS;

    public void fill(Tensor t, int fanIn, int fanOut, Rng rng) {
        switch (this) {
            case XAVIER_UNIFORM -> uniform(t, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
            case XAVIER_NORMAL -> normal(t, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
            case HE_UNIFORM -> uniform(t, Math.sqrt(6.0 / fanIn), rng);
            case HE_NORMAL -> normal(t, Math.sqrt(2.0 / fanIn), rng);
            case ZEROS -> t.fill(0);
        }
    }

    /**
     * He for a relu that follows (it keeps the variance of relu's half-zeroed output), Xavier
     * otherwise (tanh, sigmoid, softmax and linear outputs); null means no activation follows.
     */
    public static Initializer defaultFor(Activation next) {
        return next == Activation.RELU ? HE_UNIFORM : XAVIER_UNIFORM;
    }

    private static void uniform(Tensor t, double bound, Rng rng) {
        for (int i = 0; i < t.size(); i++) t.set(i, (2 * rng.nextDouble() - 1) * bound);
    }

    private static void normal(Tensor t, double std, Rng rng) {
        for (int i = 0; i < t.size(); i++) t.set(i, std * rng.nextGaussian());
    }
}
