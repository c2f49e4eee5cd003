package dev.nnet.session;

import dev.nnet.ast.Span;
import dev.nnet.check.Analysis;
import dev.nnet.check.CheckResult;
import dev.nnet.check.Checker;
import dev.nnet.check.DataCatalog;
import dev.nnet.check.DataPeek;
import dev.nnet.check.DataProblems;
import dev.nnet.check.Plan;
import dev.nnet.data.DataError;
import dev.nnet.diag.Diagnostic;
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
 *
 * <p>{@link #submit} checks a source against everything submitted before and runs it: a script is
 * one submission, a REPL session many. {@link #check} checks a source on its own and changes
 * nothing (for `nnet check` and editors).
 */
public final class Session {
    private final DataCatalog data;
    private final boolean interactive;
    private final PrintStream out;
    private Checker checker;
    private Interpreter interpreter;
    private boolean resume;
    private java.util.function.IntSupplier terminal;
    private Plan.Progress progressOverride;

    /** What one submission did: its check, and what went wrong while running it (empty when nothing). */
    public record Outcome(CheckResult checked, List<Diagnostic> runProblems) {
        public boolean ok() {
            return checked.ok() && runProblems.isEmpty();
        }

        /** Every diagnostic, the check's first. */
        public List<Diagnostic> diagnostics() {
            List<Diagnostic> all = new ArrayList<>(checked.diagnostics());
            all.addAll(runProblems);
            return all;
        }
    }

    /** Called by the REPL when it first waits for the user: see {@link Interpreter#warmUpTraining()}. */
    public static void warmUpTraining() {
        Interpreter.warmUpTraining();
    }

    /** A session for running one script (it warns about unused definitions). */
    public static Session forScript(PrintStream out) {
        return new Session(new DataPeek(), false, out);
    }

    /** A session for running one script whose trainings continue from their checkpoints (`nnet run --resume`). */
    public static Session resuming(PrintStream out) {
        Session session = forScript(out);
        session.resume = true;
        return session;
    }

    /** A session for a REPL: definitions persist from one submission to the next. */
    public static Session interactive(PrintStream out) {
        return new Session(new DataPeek(), true, out);
    }

    public Session(DataCatalog data, boolean interactive, PrintStream out) {
        this.data = data;
        this.interactive = interactive;
        this.out = out;
        reset();
    }

    /** Forgets every definition and trained model. */
    public void reset() {
        checker = new Checker(data, !interactive);
        interpreter = new Interpreter(out);
        interpreter.progress(terminal, progressOverride);
    }

    /**
     * How trainings show their progress: {@code terminal} gives the width of the terminal the output
     * goes to (0 when unknown), or is null when it is not a terminal (then {@code auto} prints lines);
     * {@code override} replaces every script's {@code progress:}, or is null.
     */
    public Session progress(java.util.function.IntSupplier terminal, Plan.Progress override) {
        this.terminal = terminal;
        this.progressOverride = override;
        interpreter.progress(terminal, override);
        return this;
    }

    /** Parses and checks a source on its own, without changing the session. */
    public CheckResult check(SourceText source, Path baseDir) {
        ParseResult parsed = ScriptParser.parse(source);
        if (!parsed.ok()) return new CheckResult(null, parsed.diagnostics(), Analysis.empty());
        return Checker.check(parsed.program(), source, baseDir, data);
    }

    /** Checks a source after everything submitted before, then runs it if it has no errors. */
    public Outcome submit(SourceText source, Path baseDir) {
        ParseResult parsed = ScriptParser.parse(source);
        if (!parsed.ok()) {
            return new Outcome(new CheckResult(null, parsed.diagnostics(), Analysis.empty()),
                    List.of());
        }
        CheckResult checked = checker.check(parsed.program(), source, baseDir);
        if (!checked.ok()) return new Outcome(checked, List.of());
        return new Outcome(checked, run(checked.plan(), source));
    }

    /** Everything defined so far, in order. */
    public List<Analysis.Definition> definitions() {
        return checker.definitions();
    }

    /** The interpreter's state: trained weights, for tests and for saving. */
    public Interpreter interpreter() {
        return interpreter;
    }

    private List<Diagnostic> run(Plan plan, SourceText source) {
        interpreter.script(source.text(), resume);
        List<Plan.Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            Plan.Step step = steps.get(i);
            try {
                interpreter.execute(step);
            } catch (DataError e) {
                forgetFrom(steps, i);
                return List.of(DataProblems.inFile(e, source, step.span()));
            } catch (RunError e) {
                forgetFrom(steps, i + 1);
                return List.of(atStatement(e, source, e.span() != null ? e.span() : step.span()));
            }
        }
        return List.of();
    }

    /** Definitions whose statements never ran are taken back, so that later inputs cannot use them. */
    private void forgetFrom(List<Plan.Step> steps, int first) {
        List<String> names = new ArrayList<>();
        for (Plan.Step step : steps.subList(first, steps.size())) {
            if (step instanceof Plan.Dataset d) names.add(d.name());
            if (step instanceof Plan.Model m) names.add(m.name());
            if (step instanceof Plan.LoadModel l) names.add(l.model().name());
        }
        checker.forget(names);
    }

    private static Diagnostic atStatement(RunError e, SourceText source, Span statement) {
        Span firstLine = new Span(statement.start(), Math.min(statement.end(), statement.start()
                + source.line(statement.line()).length() - statement.column() + 1), statement.line(),
                statement.column());
        return e.help() == null
                ? Diagnostic.error(e.code(), e.getMessage(), source, firstLine, "while running this")
                : Diagnostic.error(e.code(), e.getMessage(), source, firstLine, "while running this", e.help());
    }
}
