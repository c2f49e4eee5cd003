package dev.nnet.data;

/** How feature columns are rescaled before training. */
public enum Normalization {
    /** Values as in the file. */
    NONE,
    /** Subtract the mean, divide by the population standard deviation. */
    STANDARD,
    /** Map the minimum to 0 and the maximum to 1. */
    MINMAX
}
