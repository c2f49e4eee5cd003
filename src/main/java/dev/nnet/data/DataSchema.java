package dev.nnet.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a dataset looks like to the type checker: the shape of its examples and what is predicted,
 * known before any training runs.
 *
 * @param classNames the classes in index order; empty for a real target
 * @param rowCount the rows the dataset keeps (rows of classes left out are not counted)
 * @param classCounts rows per class, in the order of {@code classNames}; empty for a real target
 * @param file the data file, or null for a built-in dataset
 */
public record DataSchema(List<String> featureNames, String targetName, TargetKind targetKind,
                         List<String> classNames, int rowCount, List<Integer> classCounts, Path file) {
    public DataSchema {
        featureNames = List.copyOf(featureNames);
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(targetKind, "targetKind");
        classNames = List.copyOf(classNames);
        classCounts = List.copyOf(classCounts);
    }

    /** Features per example: the model's input width. */
    public int width() {
        return featureNames.size();
    }

    public boolean isClassification() {
        return targetKind == TargetKind.CLASSES;
    }

    /** The index of a class, or an {@link DataErrorKind#UNKNOWN_CLASS} error naming the classes. */
    public int classIndex(String name) {
        int index = classNames.indexOf(name);
        if (index >= 0) return index;
        String help = isClassification()
                ? Suggest.didYouMean(name, classNames) + "the classes are " + Suggest.list(classNames)
                : "the target `" + targetName + "` is a real number, not a class";
        throw new DataError(DataErrorKind.UNKNOWN_CLASS, file, 0, 0, 0, targetName, name,
                "there is no class `" + name + "` in this dataset", help);
    }
}
