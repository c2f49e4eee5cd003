package dev.nnet.runtime;

import java.io.PrintStream;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * {@code progress: bar} (and {@code auto} on a terminal): a live bar on the last line, redrawn at
 * most {@link #REDRAWS_PER_SECOND} times a second, with the epochs' lines (paced as in lines mode)
 * kept above it; at the end the bar is taken down and the summary printed in its place.
 *
 * <p>Only carriage returns and spaces are written, no escape sequences: whatever ends the run
 * (the end, Ctrl-C in the REPL, an error, Ctrl-C killing {@code nnet run}, through a shutdown
 * hook) blanks the bar's line, so the terminal keeps plain lines only. The bar stays three columns
 * short of the width, which is asked at each draw (a resized terminal): so a carriage return always
 * finds the bar's start, except on a terminal that re-flows a long line when made narrower, which
 * may keep a piece of the bar drawn just before.
 */
final class BarDisplay implements ProgressDisplay {
    static final int REDRAWS_PER_SECOND = 10;
    static final int UNKNOWN_WIDTH = 80;
    private static final long REDRAW_NANOS = 1_000_000_000L / REDRAWS_PER_SECOND;

    private final PrintStream out;
    private final IntSupplier columns;
    private final LongSupplier clock;
    private final Object lock = new Object();
    private EpochPacer pacer;
    private int epochs;
    private int batches;
    private long started;
    private long nextDraw;
    private int width;
    private int drawn; // the columns the bar (and its padding) takes on the screen now, 0 when none
    private int drawnWidth; // the terminal's width when it was drawn
    private int lastEpoch;
    private int lastBatch;
    private boolean closed;
    private Thread onInterrupt;

    /** @param columns the terminal's width, 0 when it is not known */
    BarDisplay(PrintStream out, IntSupplier columns, LongSupplier clock) {
        this.out = out;
        this.columns = columns;
        this.clock = clock;
    }

    @Override
    public void start(String header, int epochs, int batchesPerEpoch) {
        this.epochs = epochs;
        this.batches = batchesPerEpoch;
        this.pacer = new EpochPacer(epochs);
        out.println(header);
        started = clock.getAsLong();
        nextDraw = started;
        // Ctrl-C ends `nnet run` through the shutdown hooks: blank the bar and say where it stopped.
        onInterrupt = new Thread(this::interrupted, "nnet-progress");
        try {
            Runtime.getRuntime().addShutdownHook(onInterrupt);
        } catch (IllegalStateException | SecurityException e) {
            onInterrupt = null; // shutting down already, or not allowed: the bar is still blanked by close
        }
    }

    @Override
    public void step(int epoch, int batch, double lossSum, int rows) {
        lastEpoch = epoch;
        lastBatch = batch;
        long now = clock.getAsLong();
        if (now < nextDraw) return;
        nextDraw = now + REDRAW_NANOS;
        long done = (long) (epoch - 1) * batches + batch;
        long total = (long) epochs * batches;
        long elapsed = now - started;
        long eta = done == 0 || elapsed <= 0 ? -1 : (long) ((double) elapsed * (total - done) / done);
        double speed = elapsed <= 0 ? 0 : done * 1e9 / elapsed;
        double fraction = batches > 1 ? (double) batch / batches : (double) epoch / epochs;
        // Two columns short of BarLine's room: the ^C a terminal echoes after the bar must not wrap,
        // or the interrupt could not blank it.
        String text = BarLine.render(width() - 2, epoch, epochs, batch, batches, fraction, lossSum / rows, elapsed,
                eta, speed);
        synchronized (lock) {
            if (closed) return;
            StringBuilder s = new StringBuilder(text.length() + drawn + 2).append('\r').append(text);
            // Blank what is left of a longer bar, but never past the width (the line would wrap).
            for (int i = text.length(); i < blankable(drawn); i++) s.append(' ');
            out.print(s);
            out.flush();
            drawn = s.length() - 1; // the padding too: the cursor (and an echoed ^C) is past it
            drawnWidth = width;
        }
    }

    @Override
    public boolean shows(int epoch) {
        return pacer.due(epoch, clock.getAsLong());
    }

    @Override
    public void epoch(String line) {
        long now = clock.getAsLong();
        pacer.shown(now);
        above(line);
        nextDraw = now; // the bar comes back at the next step
    }

    /** Ctrl-C in the REPL: the terminal echoed ^C after the bar, which goes with it. */
    @Override
    public void stopped(String message) {
        synchronized (lock) {
            if (!closed) {
                blank(2);
                out.println(message);
            }
        }
        close();
    }

    @Override
    public void finish(String summary) {
        above(summary);
        close();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                blank(0);
                closed = true;
            }
        }
        Thread hook = onInterrupt;
        onInterrupt = null;
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs or has run
            }
        }
    }

    /**
     * A line printed where the bar is; the bar is drawn again below it at the next step. One write,
     * from the line's start, padded over the bar and the two columns of a ^C the terminal may have
     * echoed after it: in two writes (blank, then the line) an echo landing between them stayed in
     * front of the line (a CI run of ProgressOnATerminalTest showed `^Cepoch 64/...`).
     */
    private void above(String line) {
        synchronized (lock) {
            if (closed) return;
            width();
            StringBuilder s = new StringBuilder(line.length() + drawn + 4).append('\r').append(line);
            int cover = drawn == 0 ? 0 : blankable(drawn + 2);
            for (int i = line.length(); i < cover; i++) s.append(' ');
            out.print(s.append(System.lineSeparator()));
            out.flush();
            drawn = 0;
        }
    }

    /** Ctrl-C while `nnet run` trains (a shutdown hook): the terminal echoed ^C after the bar. */
    private void interrupted() {
        synchronized (lock) {
            if (closed) return;
            blank(2);
            out.println("training interrupted at epoch " + lastEpoch + ", batch " + lastBatch + " (Ctrl-C)");
            closed = true;
        }
    }

    /** Overwrites the bar (and {@code more} columns after it) with spaces, back at the line's start. */
    private void blank(int more) {
        if (drawn == 0) return;
        width();
        int n = blankable(drawn + more);
        StringBuilder s = new StringBuilder(n + 2).append('\r');
        for (int i = 0; i < n; i++) s.append(' ');
        out.print(s.append('\r'));
        out.flush();
        drawn = 0;
    }

    /**
     * How many columns to blank over {@code wanted}: at most the width less one; after the window
     * got narrower, the whole width, since the old bar may reach its last column (writing there is
     * safe: only the character after it would wrap, and a carriage return comes first).
     */
    private int blankable(int wanted) {
        if (drawn > 0 && width < drawnWidth) return width;
        return Math.min(wanted, Math.max(1, width - 1));
    }

    private int width() {
        int asked = columns.getAsInt();
        width = asked > 0 ? asked : UNKNOWN_WIDTH;
        return width;
    }
}
