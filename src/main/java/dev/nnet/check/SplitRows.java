package dev.nnet.check;

import java.util.ArrayList;
import java.util.List;

/**
 * How many rows each part of a dataset's split gets, per class, known at check time from the
 * class counts: the same rounding as the data package's splitter (data.Splitter.sizes), which
 * splits each class on its own: rounded shares for train and validation, the rest for test.
 */
final class SplitRows {
    private SplitRows() {
    }

    /** Rows of train, validation and test out of {@code n}. Keep in step with data.Splitter.sizes. */
    static int[] sizes(int n, Plan.Split f) {
        int train = (int) Math.min(n, Math.round(f.train() * n));
        int validation = f.validation() == 0 ? 0 : (int) Math.min(n - train, Math.round(f.validation() * n));
        if (f.test() == 0) {
            if (f.validation() > 0) validation = n - train;
            else train = n;
        }
        return new int[] {train, validation, n - train - validation};
    }

    /** The rows of each group (each class, or all rows for a real target) in each part: [group][part]. */
    static List<int[]> perGroup(Value.Schema schema, Plan.Split split) {
        List<Integer> groups = schema.classification() && !schema.classCounts().isEmpty() ? schema.classCounts()
                : List.of(schema.rows());
        List<int[]> out = new ArrayList<>();
        for (int n : groups) out.add(split == null ? new int[] {n, 0, 0} : sizes(n, split));
        return out;
    }

    /** The rows of the train, validation and test parts. */
    static List<Integer> parts(Value.Schema schema, Plan.Split split) {
        int[] total = new int[3];
        for (int[] g : perGroup(schema, split)) for (int p = 0; p < 3; p++) total[p] += g[p];
        return List.of(total[0], total[1], total[2]);
    }
}
