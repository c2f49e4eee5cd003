package dev.nnet.cli;

import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.TextRenderer;
import java.io.PrintStream;
import java.util.List;

/** Prints diagnostics, each followed by a blank line, and counts them. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, PrintStream err) {
        for (Diagnostic d : diagnostics) {
            err.print(TextRenderer.render(d));
            err.println();
        }
    }

    static String count(List<Diagnostic> diagnostics) {
        if (diagnostics.stream().anyMatch(d -> d.code() == dev.nnet.diag.DiagnosticCode.E0100)) {
            return "more than " + dev.nnet.diag.ErrorLimit.MAX_ERRORS + " errors";
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        String e = errors == 1 ? "1 error" : errors + " errors";
        String w = warnings == 1 ? "1 warning" : warnings + " warnings";
        if (errors == 0) return warnings == 0 ? "no problems" : w;
        return warnings == 0 ? e : e + " and " + w;
    }
}
