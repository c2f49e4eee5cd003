package dev.nnet.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the epochs of a model's last training measured ({@code loss}, {@code accuracy},
 * {@code val_loss}...), kept with the model so that a {@code plot} can draw it. Epochs are added as
 * they end: a training stopped early or interrupted keeps the epochs it finished. A long training
 * measures only the epochs it shows (see {@link ProgressDisplay#shows}): every one of the first
 * hundred, then about a hundred more spread over the rest and the last, which draws the same curve.
 */
final class TrainingCurves {
    /** The data the model was trained on, as the script names it: {@code iris.train}. */
    final String data;
    private final List<Integer> epochNumbers = new ArrayList<>();
    private final List<Map<String, Double>> measured = new ArrayList<>();

    TrainingCurves(String data) {
        this.data = data;
    }

    void add(int epoch, Map<String, Double> values) {
        epochNumbers.add(epoch);
        measured.add(new LinkedHashMap<>(values));
    }

    /** The number of the last epoch measured, 0 before any. */
    int epochs() {
        return epochNumbers.isEmpty() ? 0 : epochNumbers.get(epochNumbers.size() - 1);
    }

    /** How many epochs were measured: the points of each curve. */
    int points() {
        return epochNumbers.size();
    }

    /** The epoch number of point {@code i} (0-based). */
    int epochAt(int i) {
        return epochNumbers.get(i);
    }

    /** The value of {@code name} at point {@code i} (0-based); NaN when it is undefined or not measured. */
    double value(int i, String name) {
        Double v = measured.get(i).get(name);
        return v == null ? Double.NaN : v;
    }

    /** Whether the training measured {@code name} ({@code val_loss} only with validation). */
    boolean has(String name) {
        return !measured.isEmpty() && measured.get(0).containsKey(name);
    }
}
