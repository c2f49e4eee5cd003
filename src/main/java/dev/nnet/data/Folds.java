package dev.nnet.data;

import dev.nnet.engine.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded k-fold assignment: every row is held out in exactly one fold. For a class target the
 * rows of each class are shuffled and dealt to the folds in turn, the deal going on from class to
 * class, so each fold has every class in nearly the file's proportions and the folds' sizes differ
 * by at most one row (scikit-learn's StratifiedKFold has the same aim); a real target's rows are
 * shuffled and dealt the same way.
 */
public final class Folds {
    private Folds() {
    }

    /**
     * The rows held out in each fold, each fold's rows in a seeded order.
     *
     * @param labels class per row, or null for a real target
     */
    public static int[][] heldOut(int rowCount, int[] labels, int classCount, int folds, long seed) {
        if (folds < 2 || folds > rowCount) throw new IllegalArgumentException("folds must be in [2, rows]: " + folds);
        Rng rng = Rng.forPurpose(seed, "folds");
        List<List<Integer>> parts = new ArrayList<>();
        for (int f = 0; f < folds; f++) parts.add(new ArrayList<>());
        int dealt = 0;
        List<int[]> groups = new ArrayList<>();
        if (labels == null) {
            int[] all = new int[rowCount];
            for (int i = 0; i < rowCount; i++) all[i] = i;
            groups.add(all);
        } else {
            for (int c = 0; c < classCount; c++) groups.add(Splitter.rowsOfClass(labels, c));
        }
        for (int[] rows : groups) {
            rng.shuffle(rows);
            for (int row : rows) parts.get(dealt++ % folds).add(row);
        }
        int[][] result = new int[folds][];
        for (int f = 0; f < folds; f++) {
            result[f] = parts.get(f).stream().mapToInt(Integer::intValue).toArray();
            rng.shuffle(result[f]); // otherwise a fold would list one class after another
        }
        return result;
    }

    /** Every row not held out in fold {@code f}, the other folds' rows in fold order. */
    public static int[] trainingRows(int[][] heldOut, int f) {
        int count = 0;
        for (int g = 0; g < heldOut.length; g++) if (g != f) count += heldOut[g].length;
        int[] rows = new int[count];
        int at = 0;
        for (int g = 0; g < heldOut.length; g++) {
            if (g == f) continue;
            System.arraycopy(heldOut[g], 0, rows, at, heldOut[g].length);
            at += heldOut[g].length;
        }
        return rows;
    }
}
