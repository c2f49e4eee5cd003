package dev.nnet.data;

/**
 * {@code missing: mean}: empty feature cells are read as NaN, then replaced by their column's mean
 * over the train rows (all rows without a split), so that no statistic of the rows used to judge
 * the model leaks into it, as for normalisation.
 */
final class MissingMeans {
    private MissingMeans() {}

    static float[] fit(float[] x, DataSchema schema) {
        int width = schema.width();
        double[] sums = new double[width];
        int[] counts = new int[width];
        for (int i = 0; i < x.length; i++) {
            if (!Float.isNaN(x[i])) {
                sums[i % width] += x[i];
                counts[i % width]++;
            }
        }
        float[] means = new float[width];
        for (int j = 0; j < width; j++) {
            if (counts[j] == 0) {
                String column = schema.featureNames().get(j);
                throw new DataError(DataErrorKind.NO_VALUE_FOR_MEAN, schema.file(), 0, 0, 0, column, null,
                        "the column `" + column + "` has no value in the rows its mean is taken over",
                        "with `missing: mean` a column needs values in the train rows; drop the column with "
                                + "`drop: [\"" + column + "\"]`");
            }
            means[j] = (float) (sums[j] / counts[j]);
        }
        return means;
    }

    static void fill(float[] x, float[] means) {
        for (int i = 0; i < x.length; i++) if (Float.isNaN(x[i])) x[i] = means[i % means.length];
    }
}
