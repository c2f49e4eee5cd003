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

    /** A field of a record (`{path: ..., path: ...}`) written twice: E0205, whichever record it is. */
    void fieldGivenTwice(dev.nnet.ast.Option field) {
        error(DiagnosticCode.E0205, field.name().span(), "`" + field.name().text() + "` is given twice",
                "given again here", "remove one of them");
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

    /** Whether the error limit is reached: checking should stop. */
    boolean isFull() {
        return diagnostics.isFull();
    }

    void markStopped() {
        diagnostics.markStopped();
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
