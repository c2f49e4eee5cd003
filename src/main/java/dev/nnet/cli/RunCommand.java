package dev.nnet.cli;

import dev.nnet.check.CheckResult;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.SourceText;
import dev.nnet.session.ScriptFiles;
import dev.nnet.session.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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
        Session session = new Session();
        CheckResult checked = session.check(source, Path.of(file).toAbsolutePath().getParent());
        DiagnosticPrinter.print(checked.diagnostics(), err);
        if (!checked.ok()) {
            err.println("error: `" + file + "` has " + DiagnosticPrinter.count(checked.diagnostics())
                    + "; nothing was run");
            return Main.SCRIPT_ERROR;
        }
        List<Diagnostic> problems = session.run(checked.plan(), source, out, null);
        if (!problems.isEmpty()) {
            out.flush();
            DiagnosticPrinter.print(problems, err);
            err.println("error: `" + file + "` stopped");
            return Main.SCRIPT_ERROR;
        }
        return Main.OK;
    }
}
