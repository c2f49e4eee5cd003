package dev.nnet.engine;

/**
 * An {@link Initializer} with its arguments: NORMAL's std, UNIFORM's low and high bounds (NaN
 * where the initializer takes none).
 */
public record WeightInit(Initializer kind, double first, double second) {

    /** The initializer with its default arguments. */
    public static WeightInit of(Initializer kind) {
        return new WeightInit(kind, kind.defaultFirst(), kind.defaultSecond());
    }

    /** N(0, std^2). */
    public static WeightInit normal(double std) {
        if (!(std >= 0)) throw new IllegalArgumentException("normal needs std >= 0, got " + std);
        return new WeightInit(Initializer.NORMAL, std, Double.NaN);
    }

    /** U(low, high). */
    public static WeightInit uniform(double low, double high) {
        if (!(low <= high)) throw new IllegalArgumentException("uniform needs low <= high, got " + low + " and " + high);
        return new WeightInit(Initializer.UNIFORM, low, high);
    }

    public void fill(Tensor t, int fanIn, int fanOut, Rng rng) {
        kind.fill(t, fanIn, fanOut, rng, first, second);
    }

    /** For example {@code he_uniform} or {@code normal(0.01)}. */
    public String describe() {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        if (kind == Initializer.NORMAL) return name + "(" + first + ")";
        if (kind == Initializer.UNIFORM) return name + "(" + first + ", " + second + ")";
        return name;
    }
}
