package dev.nnet.fmt;

import dev.nnet.diag.Diagnostic;
import java.util.List;

/** The canonical text of a script, or (when it has syntax errors) null and its diagnostics. */
public record Formatted(String text, List<Diagnostic> diagnostics) {
    public Formatted {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return text != null;
    }
}
