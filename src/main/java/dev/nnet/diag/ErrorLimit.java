package dev.nnet.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * At most {@link #MAX_ERRORS} errors are kept for one source; past that they are only counted, and
 * one E0100 diagnostic says how many more there were. A file of 10,000 mistakes then costs what a
 * file of 100 does, and its report stays readable.
 */
public final class ErrorLimit {
    public static final int MAX_ERRORS = 100;

    private final List<Diagnostic> kept = new ArrayList<>();
    private int errors;
    private int dropped;

    /** Keeps the diagnostic unless the error limit is reached; warnings past the limit are dropped too. */
    public void add(Diagnostic d) {
        if (errors >= MAX_ERRORS) {
            if (d.isError()) dropped++;
            return;
        }
        if (d.isError()) errors++;
        kept.add(d);
    }

    public boolean contains(Diagnostic d) {
        return kept.contains(d);
    }

    public int size() {
        return kept.size();
    }

    public Diagnostic get(int i) {
        return kept.get(i);
    }

    public void set(int i, Diagnostic d) {
        kept.set(i, d);
    }

    public int errorCount() {
        return errors + dropped;
    }

    public List<Diagnostic> kept() {
        return kept;
    }

    /** The kept diagnostics, and the E0100 summary when some were dropped. */
    public List<Diagnostic> all() {
        List<Diagnostic> out = new ArrayList<>(kept);
        if (dropped > 0) {
            out.add(Diagnostic.error(DiagnosticCode.E0100, "too many errors: " + dropped + " more "
                    + (dropped == 1 ? "is" : "are") + " not shown", null, null, null,
                    "fix the first ones and check again; later errors are often caused by earlier ones"));
        }
        return out;
    }
}
