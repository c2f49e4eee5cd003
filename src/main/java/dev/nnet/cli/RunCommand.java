package dev.nnet.cli;

import dev.nnet.check.Plan;
import dev.nnet.diag.SourceText;
import dev.nnet.text.Suggestions;
import dev.nnet.session.ScriptFiles;
import dev.nnet.session.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Check a script, then run it: load its data, train, evaluate, predict.")
final class RunCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .nnet script to run")
    private String file;

    @Option(names = "--resume", description = "continue each training that has a `checkpoint` from its checkpoint "
            + "file (a training whose file does not exist yet starts from epoch 1)")
    private boolean resume;

    @Option(names = "--progress", paramLabel = "MODE", description = "how trainings show their progress, over "
            + "each script's `progress:`: auto (a bar on a terminal, lines otherwise), bar, lines or none")
    private String progress;

    private final boolean systemOut;

    /** @param systemOut whether {@code out} is the process's standard output (which may be a terminal) */
    RunCommand(PrintStream out, PrintStream err, boolean systemOut) {
        this.out = out;
        this.err = err;
        this.systemOut = systemOut;
    }

    @Override
    public Integer call() {
        Plan.Progress override = progress == null ? null : Plan.Progress.named(progress);
        if (progress != null && override == null) {
            err.println("nnet: --progress must be auto, bar, lines or none, not `" + progress + "`"
                    + Suggestions.closest(progress, Plan.Progress.words()).map(g -> " (did you mean `" + g + "`?)")
                            .orElse(""));
            return Main.USAGE_ERROR;
        }
        SourceText source;
        try {
            source = ScriptFiles.read(Path.of(file), file);
        } catch (ScriptFiles.Unreadable e) {
            err.println("nnet: cannot read `" + file + "`: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        Path baseDir = Path.of(file).toAbsolutePath().getParent();
        if (resume && !checkpointed(Session.forScript(out).check(source, baseDir))) {
            err.println("nnet: `" + file + "` has no `train` with a `checkpoint`, so --resume has nothing to continue "
                    + "from");
            err.println("add `checkpoint: {path: \"run.ckpt\", every: 1}` to a `train` block, or run without --resume");
            return Main.USAGE_ERROR;
        }
        Session session = (resume ? Session.resuming(out) : Session.forScript(out))
                .progress(systemOut ? StdoutTerminal.columns() : null, override);
        Session.Outcome outcome = session.submit(source, baseDir);
        DiagnosticPrinter.print(outcome.checked().diagnostics(), err);
        if (!outcome.checked().ok()) {
            err.println("error: `" + file + "` has " + DiagnosticPrinter.count(outcome.checked().diagnostics())
                    + "; nothing was run");
            return Main.SCRIPT_ERROR;
        }
        if (!outcome.runProblems().isEmpty()) {
            out.flush();
            DiagnosticPrinter.print(outcome.runProblems(), err);
            err.println("error: `" + file + "` stopped");
            return Main.SCRIPT_ERROR;
        }
        return Main.OK;
    }

    /** Whether a checked script has a training with a checkpoint; true when it has errors (running reports them). */
    private static boolean checkpointed(dev.nnet.check.CheckResult checked) {
        return !checked.ok() || checked.plan() == null || checkpointed(checked.plan().steps());
    }

    private static boolean checkpointed(java.util.List<Plan.Step> steps) {
        for (Plan.Step step : steps) {
            if (step instanceof Plan.Train t && t.control().checkpoint() != null) return true;
            if (step instanceof Plan.For loop && checkpointed(loop.body())) return true;
            if (step instanceof Plan.If branch && (checkpointed(branch.then()) || checkpointed(branch.otherwise()))) {
                return true;
            }
        }
        return false;
    }
}
