package dev.nnet.runtime;

import dev.nnet.diag.DiagnosticCode;

/** A failure while a checked script runs (training diverged, a file could not be written). */
public final class RunError extends RuntimeException {
    private final DiagnosticCode code;
    private final String help;
    private dev.nnet.ast.Span span;

    public RunError(DiagnosticCode code, String message, String help) {
        super(message);
        this.code = code;
        this.help = help;
    }

    /** The innermost statement that was running, or null. */
    public dev.nnet.ast.Span span() {
        return span;
    }

    /** Records the statement that was running, unless an inner one was recorded already. */
    RunError at(dev.nnet.ast.Span statement) {
        if (span == null) span = statement;
        return this;
    }

    public DiagnosticCode code() {
        return code;
    }

    public String help() {
        return help;
    }
}
