package dev.nnet.diag;

import dev.nnet.ast.Span;
import java.util.List;

/**
 * One finding about a script or a data file, for a person: what is wrong ({@code message}),
 * where ({@code source} and {@code span}, both null when it is about no place in a file), a short
 * {@code label} shown under the caret, and {@code help} lines that say what to do.
 */
public record Diagnostic(DiagnosticCode code, Severity severity, String message, SourceText source, Span span,
                         String label, List<String> help) {
    public Diagnostic {
        help = List.copyOf(help);
    }

    public static Diagnostic error(DiagnosticCode code, String message, SourceText source, Span span, String label,
                                   String... help) {
        return new Diagnostic(code, Severity.ERROR, message, source, span, label, List.of(help));
    }

    public static Diagnostic warning(DiagnosticCode code, String message, SourceText source, Span span, String label,
                                     String... help) {
        return new Diagnostic(code, Severity.WARNING, message, source, span, label, List.of(help));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withHelp(String line) {
        List<String> more = new java.util.ArrayList<>(help);
        more.add(line);
        return new Diagnostic(code, severity, message, source, span, label, more);
    }
}
