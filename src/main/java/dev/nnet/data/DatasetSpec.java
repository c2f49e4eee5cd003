package dev.nnet.data;

import java.util.List;
import java.util.Objects;

/**
 * A {@code dataset} statement's options, as the script gives them.
 *
 * @param target the target column's name; null means the last column
 * @param features the feature columns, in the order the model sees them; null means every column
 *     but the target and those in {@code drop}, in file order
 * @param classes the classes in index order; null means every value of the target column, sorted.
 *     Rows of other classes are left out
 * @param normalize null means {@link Normalization#NONE}
 * @param split null means no split: only {@link LoadedDataset#all()}
 * @param drop columns the dataset does not use; null or empty means none
 * @param missing null means {@link MissingPolicy#ERROR}
 * @param shuffle whether the rows are put in a seeded random order before the split
 */
public record DatasetSpec(Source source, String target, List<String> features, List<String> classes,
                          Normalization normalize, SplitFractions split, long seed, List<String> drop,
                          MissingPolicy missing, boolean shuffle) {
    public DatasetSpec {
        Objects.requireNonNull(source, "source");
        features = features == null ? null : List.copyOf(features);
        classes = classes == null ? null : List.copyOf(classes);
        normalize = normalize == null ? Normalization.NONE : normalize;
        drop = drop == null ? List.of() : List.copyOf(drop);
        missing = missing == null ? MissingPolicy.ERROR : missing;
    }

    /** No dropped columns, missing cells are errors, rows in file order. */
    public DatasetSpec(Source source, String target, List<String> features, List<String> classes,
                       Normalization normalize, SplitFractions split, long seed) {
        this(source, target, features, classes, normalize, split, seed, null, null, false);
    }

    /** All defaults: last column as the target, every other column a feature, no split. */
    public static DatasetSpec of(Source source) {
        return new DatasetSpec(source, null, null, null, Normalization.NONE, null, 0L);
    }

    DatasetSpec withClasses(List<String> newClasses) {
        return new DatasetSpec(source, target, features, newClasses, normalize, split, seed, drop, missing, shuffle);
    }
}
