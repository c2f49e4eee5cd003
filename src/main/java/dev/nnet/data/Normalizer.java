package dev.nnet.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-feature rescaling {@code (x - offset) / scale}. It is fitted once, on the training rows, and
 * kept: a saved model stores offset and scale so that a new input is rescaled exactly as the
 * training data was.
 */
public final class Normalizer {
    private final Normalization kind;
    private final float[] offset;
    private final float[] scale;

    private Normalizer(Normalization kind, float[] offset, float[] scale) {
        this.kind = kind;
        this.offset = offset;
        this.scale = scale;
    }

    /** Rebuilds a normaliser from stored statistics, e.g. a saved model's metadata. */
    public static Normalizer of(Normalization kind, float[] offset, float[] scale) {
        Objects.requireNonNull(kind, "kind");
        if (offset.length != scale.length) throw new IllegalArgumentException("offset and scale differ in length");
        for (float s : scale) {
            if (!(s != 0 && Float.isFinite(s))) throw new IllegalArgumentException("scale must be finite and non-zero: " + s);
        }
        return new Normalizer(kind, offset.clone(), scale.clone());
    }

    /** Leaves values as they are. */
    public static Normalizer identity(int width) {
        float[] ones = new float[width];
        Arrays.fill(ones, 1f);
        return new Normalizer(Normalization.NONE, new float[width], ones);
    }

    /**
     * Fits to the rows given. Sums run in double, in row order, so the result is the same on every
     * run; a constant column gets scale 1, leaving it constant instead of dividing by zero.
     */
    public static Normalizer fit(Normalization kind, float[] rowMajor, int width) {
        int rows = width == 0 ? 0 : rowMajor.length / width;
        if (kind == Normalization.NONE || rows == 0) {
            Normalizer identity = identity(width);
            return new Normalizer(kind, identity.offset, identity.scale);
        }
        float[] offset = new float[width];
        float[] scale = new float[width];
        for (int j = 0; j < width; j++) {
            double center;
            double spread;
            if (kind == Normalization.STANDARD) {
                double sum = 0;
                for (int i = 0; i < rows; i++) sum += rowMajor[i * width + j];
                center = sum / rows;
                double squares = 0;
                for (int i = 0; i < rows; i++) {
                    double d = rowMajor[i * width + j] - center;
                    squares += d * d;
                }
                spread = Math.sqrt(squares / rows);
            } else {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < rows; i++) {
                    min = Math.min(min, rowMajor[i * width + j]);
                    max = Math.max(max, rowMajor[i * width + j]);
                }
                center = min;
                spread = max - min;
            }
            offset[j] = (float) center;
            float s = (float) spread;
            scale[j] = s == 0 || !Float.isFinite(s) ? 1f : s; // tiny spreads underflow to 0 as floats
        }
        return new Normalizer(kind, offset, scale);
    }

    public Normalization kind() { return kind; }

    public int width() { return offset.length; }

    /** Subtracted from each feature; a copy. */
    public float[] offset() { return offset.clone(); }

    /** Each feature is divided by this after the offset; a copy. */
    public float[] scale() { return scale.clone(); }

    /** Rescales rows of {@code width} features, in place. */
    public void applyInPlace(float[] rowMajor, int width) {
        if (width != offset.length) {
            throw new IllegalArgumentException("normaliser is for " + offset.length + " features, not " + width);
        }
        if (width == 0) return;
        if (rowMajor.length % width != 0) {
            throw new IllegalArgumentException(rowMajor.length + " values are not whole rows of " + width);
        }
        for (int i = 0; i < rowMajor.length; i++) {
            int j = i % width;
            rowMajor[i] = (rowMajor[i] - offset[j]) / scale[j];
        }
    }
}
