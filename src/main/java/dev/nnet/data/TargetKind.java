package dev.nnet.data;

/** What a model predicts from a dataset's target column. */
public enum TargetKind {
    /** One of a fixed list of class names. */
    CLASSES,
    /** A real number (regression). */
    REAL
}
