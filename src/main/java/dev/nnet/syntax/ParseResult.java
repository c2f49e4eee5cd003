package dev.nnet.syntax;

import dev.nnet.ast.Program;
import dev.nnet.diag.Diagnostic;
import java.util.List;

/** A program when the text parsed cleanly, otherwise null and the syntax errors. */
public record ParseResult(Program program, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return program != null;
    }
}
