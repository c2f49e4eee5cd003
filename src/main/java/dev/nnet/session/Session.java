package dev.nnet.session;

import dev.nnet.ast.Span;
import dev.nnet.check.CheckResult;
import dev.nnet.check.Checker;
import dev.nnet.check.DataCatalog;
import dev.nnet.check.DataPeek;
import dev.nnet.check.DataProblems;
import dev.nnet.check.Plan;
import dev.nnet.data.DataError;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import dev.nnet.runtime.Interpreter;
import dev.nnet.runtime.RunError;
import dev.nnet.syntax.ParseResult;
import dev.nnet.syntax.ScriptParser;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that turns source text into checked plans and runs them. The command line, the
 * REPL and the editor server all go through here, so they cannot disagree about what a script means.
 */
public final class Session {
    private final DataCatalog data;

    public Session() {
        this(new DataPeek());
    }

    public Session(DataCatalog data) {
        this.data = data;
    }

    /** Parses and checks; the plan is null when there is any error. */
    public CheckResult check(SourceText source, Path baseDir) {
        ParseResult parsed = ScriptParser.parse(source);
        if (!parsed.ok()) return new CheckResult(null, parsed.diagnostics());
        return Checker.check(parsed.program(), source, baseDir, data);
    }

    /**
     * Runs a checked plan, printing its results to {@code out}. Returns the diagnostics of what went
     * wrong while running (empty when all went well); the interpreter is returned through
     * {@code interpreterSink} for tests that look at weights.
     */
    public List<Diagnostic> run(Plan plan, SourceText source, PrintStream out, List<Interpreter> interpreterSink) {
        Interpreter interpreter = new Interpreter(out);
        if (interpreterSink != null) interpreterSink.add(interpreter);
        List<Diagnostic> problems = new ArrayList<>();
        for (Plan.Step step : plan.steps()) {
            try {
                interpreter.execute(step);
            } catch (DataError e) {
                problems.add(DataProblems.inFile(e, source, step.span()));
                break;
            } catch (RunError e) {
                problems.add(atStatement(e, source, step.span()));
                break;
            }
        }
        return problems;
    }

    private static Diagnostic atStatement(RunError e, SourceText source, Span statement) {
        Span firstLine = new Span(statement.start(), Math.min(statement.end(), statement.start()
                + source.line(statement.line()).length() - statement.column() + 1), statement.line(),
                statement.column());
        return e.help() == null
                ? Diagnostic.error(e.code(), e.getMessage(), source, firstLine, "while running this")
                : Diagnostic.error(e.code(), e.getMessage(), source, firstLine, "while running this", e.help());
    }

    /** A diagnostic for a script that could not be read at all. */
    public static Diagnostic unreadable(String name, String why) {
        return Diagnostic.error(DiagnosticCode.E0501, "cannot read `" + name + "`: " + why, null, null, null);
    }
}
