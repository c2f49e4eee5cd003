package dev.nnet.engine;

/**
 * A learning rate for each epoch. The trainer asks once per epoch, in order, and hands the
 * answer to {@link Optimizer#setLearningRate}. The schedules follow torch.optim.lr_scheduler,
 * in closed form where torch has one: epoch 0 gets the first rate.
 */
public interface Schedule {
    /**
     * The rate for epoch {@code epoch} (0, 1, ...), given the monitored metric measured after the
     * epoch before (NaN for epoch 0, and ignored by schedules that do not watch a metric).
     * Schedules that watch a metric keep state: call with epochs in order.
     */
    double rate(int epoch, double metric);

    /**
     * What the next rates depend on besides the epoch, as named numbers: empty for the schedules
     * in closed form, the counters and best value for one that watches a metric.
     */
    default java.util.Map<String, Double> saveState() {
        return java.util.Map.of();
    }

    /** Puts back what {@link #saveState} gave; IllegalArgumentException when a number is missing. */
    default void loadState(java.util.Map<String, Double> state) {
    }
}
