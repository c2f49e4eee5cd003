package dev.nnet.cli;

import dev.nnet.check.CheckResult;
import dev.nnet.diag.SourceText;
import dev.nnet.session.ScriptFiles;
import dev.nnet.session.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check scripts without running them: syntax, names, types, shapes, values and data.")
final class CheckCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .nnet scripts to check")
    private List<String> files;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Session session = Session.forScript(out);
        int exit = Main.OK;
        for (String file : files) {
            SourceText source;
            try {
                source = ScriptFiles.read(Path.of(file), file);
            } catch (ScriptFiles.Unreadable e) {
                err.println("nnet: cannot read `" + file + "`: " + e.getMessage());
                exit = Math.max(exit, Main.USAGE_ERROR);
                continue;
            }
            CheckResult checked = session.check(source, Path.of(file).toAbsolutePath().getParent());
            DiagnosticPrinter.print(checked.diagnostics(), err);
            if (checked.ok()) {
                out.println(file + ": " + DiagnosticPrinter.count(checked.diagnostics()));
            } else {
                err.println("error: `" + file + "` has " + DiagnosticPrinter.count(checked.diagnostics()));
                exit = Math.max(exit, Main.SCRIPT_ERROR);
            }
        }
        return exit;
    }
}
