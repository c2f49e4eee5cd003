package dev.nnet.repl;

import dev.nnet.ast.Span;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.SourceText;
import java.util.List;

/**
 * Moves diagnostics found in a text the REPL made up (the user's expression inside a {@code let} or
 * a {@code print}) onto the text the user typed, so that positions and source lines are the user's.
 * The made-up text differs from the typed one by {@code shift} characters on its first line only.
 */
final class Relocation {
    private Relocation() {
    }

    /** The diagnostics about {@code madeUp} moved onto {@code typed}; those about other texts (data files) stay. */
    static List<Diagnostic> onto(List<Diagnostic> diagnostics, SourceText madeUp, SourceText typed, int shift) {
        return diagnostics.stream().map(d -> d.source() == madeUp ? onto(d, typed, shift) : d).toList();
    }

    private static Diagnostic onto(Diagnostic d, SourceText typed, int shift) {
        Span span = d.span();
        if (span == null) return new Diagnostic(d.code(), d.severity(), d.message(), typed, null, d.label(), d.help());
        int length = typed.text().length();
        int start = Math.max(0, Math.min(length, span.start() - shift));
        int end = Math.max(start, Math.min(length, span.end() - shift));
        int column = span.line() == 1 ? Math.max(1, span.column() - shift) : span.column();
        return new Diagnostic(d.code(), d.severity(), d.message(), typed, new Span(start, end, span.line(), column),
                d.label(), d.help());
    }
}
