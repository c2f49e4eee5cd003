package dev.nnet.engine;

/**
 * Fires once the work recorded reaches a threshold (see {@link VectorWarmup#WORTH_IT}). Not
 * synchronized, on purpose: it is asked on every product, and a lost update between two threads
 * only delays the moment a little.
 */
final class WorkTrigger {
    private final long threshold;
    private long done;

    WorkTrigger(long threshold) {
        this.threshold = threshold;
    }

    /** Adds {@code work}; true once the total has reached the threshold. */
    boolean record(long work) {
        done += work;
        return done >= threshold;
    }
}
