package dev.nnet.runtime;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/** {@code progress: lines} (and {@code auto} off a terminal): one line per epoch, paced by {@link EpochPacer}. */
final class LinesDisplay implements ProgressDisplay {
    private final PrintStream out;
    private final LongSupplier clock;
    private EpochPacer pacer;

    LinesDisplay(PrintStream out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void start(String header, int epochs, int batchesPerEpoch) {
        pacer = new EpochPacer(epochs);
        out.println(header);
    }

    @Override
    public void step(int epoch, int batch, double lossSum, int rows) {
    }

    @Override
    public boolean shows(int epoch) {
        return pacer.due(epoch, clock.getAsLong());
    }

    @Override
    public void epoch(String line) {
        pacer.shown(clock.getAsLong());
        out.println(line);
    }

    @Override
    public void stopped(String message) {
        out.println(message);
    }

    @Override
    public void finish(String summary) {
        out.println(summary);
    }

    @Override
    public void close() {
    }
}
