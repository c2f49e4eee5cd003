package dev.nnet.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each epoch of a model's last training measured ({@code loss}, {@code accuracy},
 * {@code val_loss}...), kept with the model so that a {@code plot} can draw it. Epochs are added as
 * they end: a training stopped early or interrupted keeps the epochs it finished.
 */
final class TrainingCurves {
    /** The data the model was trained on, as the script names it: {@code iris.train}. */
    final String data;
    private final List<Map<String, Double>> epochs = new ArrayList<>();

    TrainingCurves(String data) {
        this.data = data;
    }

    void add(Map<String, Double> values) {
        epochs.add(new LinkedHashMap<>(values));
    }

    int epochs() {
        return epochs.size();
    }

    /** The value of {@code name} at epoch {@code epoch} (1-based); NaN when it is undefined or not measured. */
    double value(int epoch, String name) {
        Double v = epochs.get(epoch - 1).get(name);
        return v == null ? Double.NaN : v;
    }

    /** Whether the training measured {@code name} ({@code val_loss} only with validation). */
    boolean has(String name) {
        return !epochs.isEmpty() && epochs.get(0).containsKey(name);
    }
}
