package dev.nnet.runtime;

import java.io.PrintStream;

/** {@code progress: none}: nothing while training runs, then the final summary (or why it stopped). */
final class SummaryDisplay implements ProgressDisplay {
    private final PrintStream out;

    SummaryDisplay(PrintStream out) {
        this.out = out;
    }

    @Override
    public void start(String header, int epochs, int batchesPerEpoch) {
    }

    @Override
    public void step(int epoch, int batch, double lossSum, int rows) {
    }

    @Override
    public boolean shows(int epoch) {
        return false;
    }

    @Override
    public void epoch(String line) {
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
