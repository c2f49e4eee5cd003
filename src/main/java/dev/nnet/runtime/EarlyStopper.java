package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.engine.Sequential;
import java.util.List;
import java.util.Map;

/**
 * Early stopping as Keras' EarlyStopping: after each epoch the monitored value counts as better
 * when it beats the best so far by more than {@code min_delta}; after {@code patience} epochs in a
 * row without that, training stops. With {@code restore: best} the weights of the best epoch are
 * put back at the end, whether training stopped early or ran all its epochs.
 */
final class EarlyStopper {
    private final Plan.EarlyStopping settings;
    private final boolean higherIsBetter;
    private final Sequential network;
    private double best = Double.NaN;
    private int bestEpoch;
    private int epochsWithout;
    private WeightSnapshot bestWeights;

    EarlyStopper(Plan.EarlyStopping settings, Sequential network) {
        this.settings = settings;
        this.higherIsBetter = Plan.Metric.higherIsBetter(settings.monitor());
        this.network = network;
    }

    /** Takes the epoch's measures; true when training should stop now. */
    boolean shouldStop(int epoch, Map<String, Double> values) {
        double v = values.get(settings.monitor());
        boolean better = !Double.isNaN(v) && (Double.isNaN(best)
                || (higherIsBetter ? v > best + settings.minDelta() : v < best - settings.minDelta()));
        if (better) {
            best = v;
            bestEpoch = epoch;
            epochsWithout = 0;
            if (settings.restoreBest()) bestWeights = WeightSnapshot.of(network);
            return false;
        }
        epochsWithout++;
        return epochsWithout >= settings.patience();
    }

    /** Puts the best epoch's weights back (with `restore: best`); returns the epoch whose weights are kept. */
    int finish(int lastEpoch) {
        if (!settings.restoreBest() || bestWeights == null) return lastEpoch;
        if (bestEpoch != lastEpoch) bestWeights.restore();
        return bestEpoch;
    }

    /** The best weights kept so far (with `restore: best`), or null. */
    WeightSnapshot bestWeights() {
        return bestWeights;
    }

    /** Continues from a checkpoint: the counters as they were, and the best weights if any were kept. */
    void resume(double best, int bestEpoch, int epochsWithout, List<float[]> bestValues) {
        this.best = best;
        this.bestEpoch = bestEpoch;
        this.epochsWithout = epochsWithout;
        if (bestValues != null) {
            bestWeights = WeightSnapshot.of(network);
            bestWeights.replace(bestValues);
        }
    }

    double best() {
        return best;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    String monitor() {
        return settings.monitor();
    }

    int epochsWithout() {
        return epochsWithout;
    }
}
