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
    ZEROS,
    /** N(0, std^2) with a given std (first argument; torch.nn.init.normal_'s default std is 1). */
    NORMAL,
    /** U(low, high) with given bounds (first and second arguments; torch.nn.init.uniform_'s default is [0, 1)). */
    UNIFORM;

    /** Fills t with torch's default arguments for NORMAL (std 1) and UNIFORM ([0, 1)). */
    public void fill(Tensor t, int fanIn, int fanOut, Rng rng) {
        fill(t, fanIn, fanOut, rng, defaultFirst(), defaultSecond());
    }

    /** Fills t; {@code first} and {@code second} are NORMAL's std, UNIFORM's low and high (ignored by the others). */
    public void fill(Tensor t, int fanIn, int fanOut, Rng rng, double first, double second) {
        switch (this) {
            case XAVIER_UNIFORM -> uniform(t, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
            case XAVIER_NORMAL -> normal(t, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
            case HE_UNIFORM -> uniform(t, Math.sqrt(6.0 / fanIn), rng);
            case HE_NORMAL -> normal(t, Math.sqrt(2.0 / fanIn), rng);
            case ZEROS -> t.fill(0);
            case NORMAL -> normal(t, first, rng);
            case UNIFORM -> {
                for (int i = 0; i < t.size(); i++) t.set(i, first + (second - first) * rng.nextDouble());
            }
        }
    }

    /** NORMAL's default std (1) and UNIFORM's default low bound (0); NaN for the others. */
    public double defaultFirst() {
        return this == NORMAL ? 1.0 : this == UNIFORM ? 0.0 : Double.NaN;
    }

    /** UNIFORM's default high bound (1); NaN for the others. */
    public double defaultSecond() {
        return this == UNIFORM ? 1.0 : Double.NaN;
    }

    /**
     * He for the relu family that follows (relu, leaky_relu, elu, gelu, silu, softplus: He's
     * factor 2 keeps the variance of an output that is roughly half zeroed), Xavier otherwise
     * (tanh, sigmoid, softmax and linear outputs); null means no activation follows.
     */
    public static Initializer defaultFor(Activation next) {
        if (next == null) return XAVIER_UNIFORM;
        switch (next) {
            case RELU: case LEAKY_RELU: case ELU: case GELU: case SILU: case SOFTPLUS: return HE_UNIFORM;
            default: return XAVIER_UNIFORM;
        }
    }

    private static void uniform(Tensor t, double bound, Rng rng) {
        for (int i = 0; i < t.size(); i++) t.set(i, (2 * rng.nextDouble() - 1) * bound);
    }

    private static void normal(Tensor t, double std, Rng rng) {
        for (int i = 0; i < t.size(); i++) t.set(i, std * rng.nextGaussian());
    }
}
