package dev.nnet.data;

import java.util.List;
import java.util.Objects;

/**
 * A table of examples as a model consumes them: features row-major, and a class index or a real
 * value per row. The arrays returned are the object's own, not copies, because a training loop reads
 * them every epoch and a copy of a large table each time would dominate; callers must not modify
 * them.
 */
public final class Examples {
    private final float[] x;
    private final int width;
    private final int[] labels;
    private final float[] y;
    private final List<String> featureNames;
    private final List<String> classNames;

    private Examples(float[] x, int width, int[] labels, float[] y, List<String> featureNames, List<String> classNames) {
        this.x = x;
        this.width = width;
        this.labels = labels;
        this.y = y;
        this.featureNames = List.copyOf(featureNames);
        this.classNames = List.copyOf(classNames);
    }

    /** Examples with a class index per row; the arrays are copied. */
    public static Examples classification(float[] x, int width, int[] labels, List<String> featureNames,
                                          List<String> classNames) {
        checkShape(x, width, labels.length, featureNames);
        for (int label : labels) {
            if (label < 0 || label >= classNames.size()) throw new IllegalArgumentException("class index out of range: " + label);
        }
        return new Examples(x.clone(), width, labels.clone(), null, featureNames, classNames);
    }

    /** Examples with a real target per row; the arrays are copied. */
    public static Examples regression(float[] x, int width, float[] y, List<String> featureNames) {
        checkShape(x, width, y.length, featureNames);
        return new Examples(x.clone(), width, null, y.clone(), featureNames, List.of());
    }

    private static void checkShape(float[] x, int width, int rows, List<String> featureNames) {
        Objects.requireNonNull(x, "x");
        if (featureNames.size() != width) throw new IllegalArgumentException("width " + width + " but " + featureNames.size() + " feature names");
        if ((long) rows * width != x.length) throw new IllegalArgumentException(x.length + " values are not " + rows + " rows of " + width);
    }

    public int count() {
        return labels != null ? labels.length : y.length;
    }

    public int width() {
        return width;
    }

    /** Features, row-major: {@code count() * width()} values. Shared, not a copy. */
    public float[] x() {
        return x;
    }

    /** The class index of each row. Shared, not a copy. */
    public int[] labels() {
        if (labels == null) throw new IllegalStateException("a real-valued target has no class labels; use y()");
        return labels;
    }

    /** The target value of each row. Shared, not a copy. */
    public float[] y() {
        if (y == null) throw new IllegalStateException("a class target has no real values; use labels()");
        return y;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** The classes in index order; empty for a real target. */
    public List<String> classNames() {
        return classNames;
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** A new table of the given rows, in the given order (for batches, folds and splits). */
    public Examples select(int[] rows) {
        float[] xs = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) System.arraycopy(x, rows[i] * width, xs, i * width, width);
        if (labels != null) {
            int[] ls = new int[rows.length];
            for (int i = 0; i < rows.length; i++) ls[i] = labels[rows[i]];
            return new Examples(xs, width, ls, null, featureNames, classNames);
        }
        float[] ys = new float[rows.length];
        for (int i = 0; i < rows.length; i++) ys[i] = y[rows[i]];
        return new Examples(xs, width, null, ys, featureNames, classNames);
    }
}
