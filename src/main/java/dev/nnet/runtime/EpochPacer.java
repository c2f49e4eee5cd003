package dev.nnet.runtime;

/**
 * Which epochs get a line: each of the first {@link #ALL_UP_TO}; after those, about a hundred more
 * spread evenly over the run, the last, and any epoch a second or more after the last line shown.
 * Thousands of tiny epochs would otherwise print thousands of lines a second (and spend more time
 * on them than on training), while slow epochs still show each one, and a run that ends (or stops
 * early) within a hundred epochs shows them all.
 */
final class EpochPacer {
    static final int ALL_UP_TO = 100;
    static final long GAP_NANOS = 1_000_000_000L;

    private final int epochs;
    private final int stride;
    private long lastShown;
    private boolean anyShown;

    EpochPacer(int epochs) {
        this.epochs = epochs;
        this.stride = epochs <= ALL_UP_TO ? 1 : (epochs + ALL_UP_TO - 1) / ALL_UP_TO;
    }

    boolean due(int epoch, long now) {
        return epoch <= ALL_UP_TO || epoch == epochs || epoch % stride == 0 || !anyShown
                || now - lastShown >= GAP_NANOS;
    }

    void shown(long now) {
        lastShown = now;
        anyShown = true;
    }
}
