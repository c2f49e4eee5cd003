package dev.nnet.check;

import dev.nnet.diag.Diagnostic;
import java.util.List;

/**
 * The plan when the source has no errors (warnings allowed), otherwise null; every diagnostic; and
 * what the source defines and uses, for editors (present even when there are errors).
 */
public record CheckResult(Plan plan, List<Diagnostic> diagnostics, Analysis analysis) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return plan != null;
    }
}
