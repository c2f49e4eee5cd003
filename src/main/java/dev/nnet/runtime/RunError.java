package dev.nnet.runtime;

import dev.nnet.diag.DiagnosticCode;

/** A failure while a checked script runs (training diverged, a file could not be written). */
public final class RunError extends RuntimeException {
    private final DiagnosticCode code;
    private final String help;

    public RunError(DiagnosticCode code, String message, String help) {
        super(message);
        this.code = code;
        this.help = help;
    }

    public DiagnosticCode code() {
        return code;
    }

    public String help() {
        return help;
    }
}
