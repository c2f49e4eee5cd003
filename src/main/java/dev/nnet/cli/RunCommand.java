package dev.nnet.cli;

import dev.nnet.check.Plan;
import dev.nnet.diag.SourceText;
import dev.nnet.diag.Suggestions;
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
        Session session = Session.forScript(out).progress(systemOut ? StdoutTerminal.columns() : null, override);
        Session.Outcome outcome = session.submit(source, Path.of(file).toAbsolutePath().getParent());
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
}
