package dev.nnet.check;

import dev.nnet.ast.Span;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.ErrorLimit;
import dev.nnet.diag.SourceText;
import java.util.List;

/** Collects the checker's diagnostics about one script, in the order they are found. */
final class Reporter {
    private final SourceText source;
    private final ErrorLimit diagnostics = new ErrorLimit();

    Reporter(SourceText source) {
        this.source = source;
    }

    SourceText source() {
        return source;
    }

    void error(DiagnosticCode code, Span span, String message, String label, String... help) {
        add(Diagnostic.error(code, message, source, span, label, help), true);
    }

    void warning(DiagnosticCode code, Span span, String message, String label, String... help) {
        diagnostics.add(Diagnostic.warning(code, message, source, span, label, help));
    }

    void add(Diagnostic d) {
        diagnostics.add(d);
    }

    int count() {
        return diagnostics.size();
    }

    /** Adds a help line to every diagnostic reported since {@code count} diagnostics were there. */
    void annotateSince(int count, String help) {
        for (int i = count; i < diagnostics.size(); i++) diagnostics.set(i, diagnostics.get(i).withHelp(help));
    }

    /** Drops exact repeats: a def's body checked at several calls reports one mistake once. */
    void add(Diagnostic d, boolean unique) {
        if (!unique || !diagnostics.contains(d)) diagnostics.add(d);
    }

    boolean hasErrors() {
        return diagnostics.errorCount() > 0;
    }

    int errorCount() {
        return diagnostics.errorCount();
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics.all());
    }
}
