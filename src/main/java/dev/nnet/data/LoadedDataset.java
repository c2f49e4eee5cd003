package dev.nnet.data;

/**
 * A dataset ready for training. Every table is already normalised with {@code normalizer}.
 *
 * @param all every kept row, in file order
 * @param train null when the spec has no split
 * @param validation null when there is no split or its fraction is 0
 * @param test null when there is no split or its fraction is 0
 * @param normalizer fitted on {@code train}, or on {@code all} without a split; the identity for
 *     {@link Normalization#NONE}
 */
public record LoadedDataset(DataSchema schema, Examples all, Examples train, Examples validation, Examples test,
                            Normalizer normalizer) {
    public boolean hasSplit() {
        return train != null;
    }
}
