package dev.nnet.data;

/**
 * A table checked against a spec: the kept rows as numbers, in file order, not yet split or
 * normalised.
 *
 * @param x row-major, {@code schema.rowCount() * schema.width()} values
 * @param labels class index per row, or null for a real target
 * @param y target value per row, or null for a class target
 */
record BoundTable(DataSchema schema, float[] x, int[] labels, float[] y) {
    Examples examples() {
        return schema.isClassification()
                ? Examples.classification(x, schema.width(), labels, schema.featureNames(), schema.classNames())
                : Examples.regression(x, schema.width(), y, schema.featureNames());
    }
}
