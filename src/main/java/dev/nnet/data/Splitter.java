package dev.nnet.data;

import dev.nnet.engine.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded train/validation/test splits. Class targets are split per class, so that every split keeps
 * the file's class proportions as nearly as whole rows allow; real targets are shuffled and cut.
 */
final class Splitter {
    private static final String[] PARTITIONS = {"train", "validation", "test"};

    private Splitter() {}

    /**
     * Rows per partition out of {@code n}: rounded shares for train and validation, the rest for
     * test. When test (or validation too) has no share, the last partition with one takes the rest,
     * so rounding can never leave rows in a split the script did not ask for.
     */
    static int[] sizes(int n, SplitFractions f) {
        int train = (int) Math.min(n, Math.round(f.train() * n));
        int validation = f.validation() == 0 ? 0 : (int) Math.min(n - train, Math.round(f.validation() * n));
        if (f.test() == 0) {
            if (f.validation() > 0) validation = n - train;
            else train = n;
        }
        return new int[] {train, validation, n - train - validation};
    }

    /** TOO_FEW_ROWS when a split with a share would get no rows; needs only the counts, so peek can call it. */
    static void checkNotEmpty(DataSchema schema, SplitFractions f) {
        List<Integer> groups = schema.isClassification() ? schema.classCounts() : List.of(schema.rowCount());
        int[] totals = new int[3];
        for (int n : groups) {
            int[] s = sizes(n, f);
            for (int p = 0; p < 3; p++) totals[p] += s[p];
        }
        double[] fractions = {f.train(), f.validation(), f.test()};
        for (int p = 0; p < 3; p++) {
            if (fractions[p] > 0 && totals[p] == 0) {
                String share = schema.isClassification()
                        ? fractions[p] + " of each class's rows (the classes have " + groups + " rows)"
                        : fractions[p] + " of " + schema.rowCount() + " rows";
                throw new DataError(DataErrorKind.TOO_FEW_ROWS, schema.file(), 0, 0, 0, null, null,
                        "the " + PARTITIONS[p] + " split would have no rows",
                        share + " rounds to no rows; use a larger fraction or more data");
            }
        }
    }

    /**
     * Row indexes of the train, validation and test partitions.
     *
     * @param labels class per row, or null for a real target
     */
    static int[][] split(int rowCount, int[] labels, int classCount, SplitFractions f, long seed) {
        Rng rng = Rng.forPurpose(seed, "split");
        if (labels == null) {
            int[] order = range(rowCount);
            rng.shuffle(order);
            int[] s = sizes(rowCount, f);
            return new int[][] {slice(order, 0, s[0]), slice(order, s[0], s[1]), slice(order, s[0] + s[1], s[2])};
        }
        List<List<Integer>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int c = 0; c < classCount; c++) {
            int[] rows = rowsOfClass(labels, c);
            rng.shuffle(rows);
            int[] s = sizes(rows.length, f);
            int from = 0;
            for (int p = 0; p < 3; p++) {
                for (int i = from; i < from + s[p]; i++) parts.get(p).add(rows[i]);
                from += s[p];
            }
        }
        int[][] result = new int[3][];
        for (int p = 0; p < 3; p++) {
            result[p] = parts.get(p).stream().mapToInt(Integer::intValue).toArray();
            rng.shuffle(result[p]); // otherwise each split would list one class after another
        }
        return result;
    }

    /** The rows whose label is {@code c}, in order. */
    static int[] rowsOfClass(int[] labels, int c) {
        int count = 0;
        for (int label : labels) if (label == c) count++;
        int[] rows = new int[count];
        for (int i = 0, k = 0; i < labels.length; i++) if (labels[i] == c) rows[k++] = i;
        return rows;
    }

    private static int[] range(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = i;
        return values;
    }

    private static int[] slice(int[] values, int from, int length) {
        int[] part = new int[length];
        System.arraycopy(values, from, part, 0, length);
        return part;
    }
}
