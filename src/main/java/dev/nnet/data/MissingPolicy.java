package dev.nnet.data;

/** What a dataset does with an empty feature cell (the script's {@code missing:} option). */
public enum MissingPolicy {
    /** An empty cell is an error naming it (the default: a gap is usually a mistake). */
    ERROR,
    /** A row with an empty cell in a column in use is left out. */
    DROP,
    /** An empty feature cell takes its column's mean over the train rows (all rows without a split). */
    MEAN,
    /** An empty feature cell is 0. */
    ZERO
}
