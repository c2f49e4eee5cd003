package dev.nnet.data;

import java.util.List;
import java.util.Objects;

/**
 * A {@code dataset} statement's options, as the script gives them.
 *
 * @param target the target column's name; null means the last column
 * @param features the feature columns, in the order the model sees them; null means every column
 *     but the target, in file order
 * @param classes the classes in index order; null means every value of the target column, sorted.
 *     Rows of other classes are left out
 * @param normalize null means {@link Normalization#NONE}
 * @param split null means no split: only {@link LoadedDataset#all()}
 */
public record DatasetSpec(Source source, String target, List<String> features, List<String> classes,
                          Normalization normalize, SplitFractions split, long seed) {
    public DatasetSpec {
        Objects.requireNonNull(source, "source");
        features = features == null ? null : List.copyOf(features);
        classes = classes == null ? null : List.copyOf(classes);
        normalize = normalize == null ? Normalization.NONE : normalize;
    }

    /** All defaults: last column as the target, every other column a feature, no split. */
    public static DatasetSpec of(Source source) {
        return new DatasetSpec(source, null, null, null, Normalization.NONE, null, 0L);
    }
}
