package dev.nnet.runtime;

/**
 * What a training shows while it runs ({@code progress:} in its block). The trainer says what
 * happens; the display decides what is printed and when. {@link #close} is called however the
 * training ends (finished, stopped, or failed), so that a live display leaves the terminal clean.
 */
interface ProgressDisplay {
    /** Before the first step: the line that describes the run. */
    void start(String header, int epochs, int batchesPerEpoch);

    /**
     * After each step; called for every step, so it must cost next to nothing when it draws
     * nothing. {@code lossSum} sums the loss over the epoch's {@code rows} trained so far.
     */
    void step(int epoch, int batch, double lossSum, int rows);

    /**
     * Whether this epoch's line will be shown if asked now: the trainer measures and formats an
     * epoch only when it is shown or needed elsewhere (history, early stopping, a schedule).
     */
    boolean shows(int epoch);

    /** An epoch's line, to show (the trainer also sends the line of an epoch that stops early). */
    void epoch(String line);

    /** The training was asked to stop (Ctrl-C in the REPL) and did. */
    void stopped(String message);

    /** The final summary. */
    void finish(String summary);

    /** However the training ended: take down anything live. Safe to call more than once. */
    void close();
}
