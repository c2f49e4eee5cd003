package dev.nnet.cli;

import dev.nnet.check.Analysis;
import dev.nnet.check.CheckResult;
import dev.nnet.diag.JsonRenderer;
import dev.nnet.diag.SourceText;
import dev.nnet.session.ScriptFiles;
import dev.nnet.session.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check scripts without running them: syntax, names, types, shapes, values and data.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .nnet scripts to check")
    private List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default) or json")
    private Format format = Format.text;

    @Option(names = "--types", description = "also print the type of every definition, one per line")
    private boolean types;

    @Option(names = "--cost", description = "also print each model's shapes, parameters, operations and memory")
    private boolean cost;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Session session = Session.forScript(out);
        int exit = Main.OK;
        List<JsonRenderer.FileResult> results = new ArrayList<>();
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
            if (!checked.ok()) exit = Math.max(exit, Main.SCRIPT_ERROR);
            if (format == Format.json) {
                results.add(new JsonRenderer.FileResult(file, checked.ok(), checked.diagnostics()));
                continue;
            }
            DiagnosticPrinter.print(checked.diagnostics(), err);
            if (checked.ok()) {
                out.println(file + ": " + DiagnosticPrinter.count(checked.diagnostics()));
                if (types) printTypes(checked.analysis());
                if (cost) out.print(CostReport.render(checked.plan()));
            } else {
                err.println("error: `" + file + "` has " + DiagnosticPrinter.count(checked.diagnostics()));
            }
        }
        if (format == Format.json) out.println(JsonRenderer.render(results));
        return exit;
    }

    private void printTypes(Analysis analysis) {
        for (Analysis.Definition d : analysis.definitions()) out.println("  " + d.name() + ": " + d.typeName());
    }
}
