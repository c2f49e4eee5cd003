package dev.nnet.data;

/**
 * The shares of the rows that go to training, validation and test. Out-of-range fractions are the
 * checker's to report with the script's position, so here they are a programming error.
 */
public record SplitFractions(double train, double validation, double test) {
    private static final double SUM_TOLERANCE = 1e-6;

    public SplitFractions {
        if (!(train > 0 && train <= 1)) throw new IllegalArgumentException("train fraction must be in (0, 1]: " + train);
        if (!(validation >= 0 && validation < 1)) throw new IllegalArgumentException("validation fraction must be in [0, 1): " + validation);
        if (!(test >= 0 && test < 1)) throw new IllegalArgumentException("test fraction must be in [0, 1): " + test);
        double sum = train + validation + test;
        if (Math.abs(sum - 1) > SUM_TOLERANCE) throw new IllegalArgumentException("split fractions must sum to 1: " + sum);
    }
}
