package dev.nnet.runtime;

import dev.nnet.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code history: "run.csv"}: one row per epoch (epoch, loss, metrics, validation metrics, learning
 * rate, seconds). The whole file is rewritten into a temporary file beside it and moved over it, so
 * a reader, or a run killed at any moment, only ever sees a complete file. It is rewritten after
 * the first epoch, then at most once every {@link #EVERY_NANOS} and when the training ends
 * ({@link #flush}): rewriting it after every epoch made a long run of short epochs quadratic
 * (W4's 2,000 epochs wrote 2,000 files of up to 60 KB; 20,000 epochs, 20,000 of up to 700 KB).
 */
final class HistoryFile {
    static final long EVERY_NANOS = 1_000_000_000L;
    private final Path path;
    private final long everyNanos;
    private final StringBuilder text = new StringBuilder();
    private long writtenAt;
    private boolean written;
    private boolean pending;

    HistoryFile(Path path, List<String> measured) {
        this(path, measured, EVERY_NANOS);
    }

    HistoryFile(Path path, List<String> measured, long everyNanos) {
        this.path = path;
        this.everyNanos = everyNanos;
        text.append("epoch,").append(String.join(",", measured)).append(",lr,seconds\n");
    }

    void add(int epoch, Map<String, Double> values, double rate, double seconds) {
        text.append(epoch);
        for (double v : values.values()) text.append(',').append(Double.isNaN(v) ? "" : number(v));
        text.append(',').append(number(rate)).append(',').append(String.format(Locale.ROOT, "%.3f", seconds))
                .append('\n');
        pending = true;
        if (!written || System.nanoTime() - writtenAt >= everyNanos) write();
    }

    /** Writes the rows not yet in the file: at the end of a training, however it ends. */
    void flush() {
        if (pending) write();
    }

    /** Everything written so far, header included: what a checkpoint keeps. */
    String text() {
        return text.toString();
    }

    /**
     * Continues from a checkpoint: the rows up to its epoch, written out at once, so the rows of
     * epochs run after the checkpoint (and run again now) are not there twice.
     */
    void resume(String saved) {
        text.setLength(0);
        text.append(saved);
        write();
    }

    private static String number(double v) {
        return Double.toString(v).replace("Infinity", "inf");
    }

    private void write() {
        written = true;
        pending = false;
        writtenAt = System.nanoTime();
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The file's own name and the system's reason: the full path differs from machine to machine.
            String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName();
            throw new RunError(DiagnosticCode.E0630, "cannot write the training history `" + path.getFileName()
                    + "` (through `" + temp.getFileName() + "` beside it): " + reason,
                    "check that its folder can be written and that nothing else has those names");
        }
    }
}
