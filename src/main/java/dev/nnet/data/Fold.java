package dev.nnet.data;

/**
 * One fold of a k-fold cross-validation: the rows to train on, the rows held out to measure, and
 * the normalisation fitted on the training rows alone and applied to both (so nothing of the
 * held-out rows leaks into the model, as with a split's validation part).
 *
 * @param heldOutRows the indexes, in the dataset's rows, of the rows held out
 */
public record Fold(Examples train, Examples heldOut, Normalizer normalizer, int[] heldOutRows) {
}
