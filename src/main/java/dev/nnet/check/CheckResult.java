package dev.nnet.check;

import dev.nnet.diag.Diagnostic;
import java.util.List;

/** The plan when the script has no errors (warnings allowed), otherwise null; and every diagnostic. */
public record CheckResult(Plan plan, List<Diagnostic> diagnostics) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return plan != null;
    }
}
