package dev.nnet.runtime;

import dev.nnet.check.Plan;
import java.io.PrintStream;
import java.util.function.IntSupplier;

/** The display for a training: the mode the script (or the command line) asks for, and where output goes. */
final class ProgressDisplays {
    private ProgressDisplays() {
    }

    /**
     * @param terminal the width of the terminal the output goes to (0 when it does not say), or null
     *                 when the output is not a terminal
     */
    static ProgressDisplay of(Plan.Progress mode, PrintStream out, IntSupplier terminal) {
        return switch (mode) {
            case AUTO -> terminal != null ? bar(out, terminal) : new LinesDisplay(out, System::nanoTime);
            case BAR -> bar(out, terminal == null ? () -> 0 : terminal);
            case LINES -> new LinesDisplay(out, System::nanoTime);
            case NONE -> new SummaryDisplay(out);
        };
    }

    private static ProgressDisplay bar(PrintStream out, IntSupplier columns) {
        return new BarDisplay(out, columns, System::nanoTime);
    }
}
