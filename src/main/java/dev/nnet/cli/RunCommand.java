package dev.nnet.cli;

import dev.nnet.diag.SourceText;
import dev.nnet.session.ScriptFiles;
import dev.nnet.session.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Check a script, then run it: load its data, train, evaluate, predict.")
final class RunCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .nnet script to run")
    private String file;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        SourceText source;
        try {
            source = ScriptFiles.read(Path.of(file), file);
        } catch (ScriptFiles.Unreadable e) {
            err.println("nnet: cannot read `" + file + "`: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        Session.Outcome outcome = Session.forScript(out).submit(source, Path.of(file).toAbsolutePath().getParent());
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
