package dev.nnet.check;

import dev.nnet.ast.Identifier;
import dev.nnet.ast.Program;
import dev.nnet.ast.Statement;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a whole script before anything runs: names, types, values, the data's columns and
 * classes, and the fit between data, model and loss. It reports every mistake it can find (not
 * only the first), and gives back a {@link Plan} only when there is none.
 */
public final class Checker {
    private final Context cx;
    private final Reporter reporter;
    private final Map<String, Statement> laterDefinitions = new HashMap<>();

    private Checker(SourceText source, Path baseDir, DataCatalog data) {
        reporter = new Reporter(source);
        cx = new Context(reporter, new Scope(), baseDir, data);
    }

    /** @param baseDir the folder that relative data paths are resolved against (the script's folder) */
    public static CheckResult check(Program program, SourceText source, Path baseDir, DataCatalog data) {
        return new Checker(source, baseDir, data).run(program);
    }

    private CheckResult run(Program program) {
        for (Statement s : program.statements()) {
            Identifier name = s.definedName();
            if (name != null) laterDefinitions.putIfAbsent(name.text(), s);
        }
        cx.evaluator.setLaterDefinitions(laterDefinitions);
        List<Plan.Step> steps = new ArrayList<>();
        for (Statement s : program.statements()) {
            cx.startStatement();
            Identifier name = s.definedName();
            if (name != null) laterDefinitions.remove(name.text(), s);
            Plan.Step step = statement(s);
            if (step != null) steps.add(step);
        }
        // With errors, an unused definition is most often one whose use was the mistake: no noise then.
        if (!reporter.hasErrors()) warnUnused();
        if (reporter.hasErrors()) return new CheckResult(null, reporter.diagnostics());
        return new CheckResult(new Plan(withInitSeeds(steps)), reporter.diagnostics());
    }

    private Plan.Step statement(Statement s) {
        if (s instanceof Statement.Let let) {
            Value value = cx.evaluator.eval(let.value());
            define(let.name(), value, "value");
            return null;
        }
        if (s instanceof Statement.Dataset ds) {
            boolean fresh = checkFresh(ds.name());
            Plan.Dataset plan = new DatasetRules(cx).check(ds);
            if (fresh) {
                cx.scope.define(ds.name(), plan == null ? new Value.Invalid()
                        : new Value.DatasetValue(plan.name(), Plan.Partition.ALL, plan.schema()), "dataset");
            }
            return plan;
        }
        if (s instanceof Statement.Model m) {
            boolean fresh = checkFresh(m.name());
            Plan.Model plan = new ModelRules(cx).check(m);
            if (fresh) cx.scope.define(m.name(), plan == null ? new Value.Invalid() : new Value.ModelValue(plan), "model");
            return plan;
        }
        TrainingRules training = new TrainingRules(cx);
        if (s instanceof Statement.Train t) return training.train(t);
        if (s instanceof Statement.Evaluate e) return training.evaluate(e);
        if (s instanceof Statement.Predict p) return training.predict(p);
        if (s instanceof Statement.Print p) return print(p);
        throw new IllegalStateException("unknown statement " + s);
    }

    private void define(Identifier name, Value value, String kind) {
        if (checkFresh(name)) cx.scope.define(name, value, kind);
    }

    /** False, with a diagnostic, when the name is taken by an earlier definition or a built-in word. */
    private boolean checkFresh(Identifier name) {
        Optional<Scope.Symbol> earlier = cx.scope.lookup(name.text());
        if (earlier.isPresent()) {
            reporter.error(DiagnosticCode.E0202, name.span(), "`" + name.text() + "` is already defined",
                    "defined again here", "the first definition is at line " + earlier.get().definedAt.line()
                            + "; choose another name");
            return false;
        }
        // Names of data sources, metrics and the like may be reused (`dataset iris = csv(...)`); the
        // names of layers, activations, losses and optimizers may not, since a script reads them everywhere.
        Optional<Word> word = Word.named(name.text()).filter(w -> w.is(Word.Category.LAYER)
                || w.category == Word.Category.LOSS || w.category == Word.Category.OPTIMIZER);
        if (word.isPresent()) {
            reporter.error(DiagnosticCode.E0202, name.span(), "`" + name.text() + "` is the name of a built-in "
                    + word.get().category.phrase.replaceFirst("^an? ", ""), "built-in name", "choose another name");
            return false;
        }
        return true;
    }

    private Plan.Step print(Statement.Print p) {
        List<String> parts = new ArrayList<>();
        for (var argument : p.arguments()) parts.add(Printing.show(cx.evaluator.eval(argument)));
        return new Plan.Print(String.join(" ", parts), p.span());
    }

    private void warnUnused() {
        for (Scope.Symbol symbol : cx.scope.symbols()) {
            if (symbol.used) continue;
            reporter.warning(DiagnosticCode.W0102, symbol.definedAt, "`" + symbol.name + "` is defined but never used",
                    "unused", "remove it, or use it");
        }
    }

    /** A model's weights are drawn with the seed of its first training, so that seed alone fixes the run. */
    private static List<Plan.Step> withInitSeeds(List<Plan.Step> steps) {
        Map<String, Long> firstSeed = new HashMap<>();
        for (Plan.Step step : steps) {
            if (step instanceof Plan.Train t) firstSeed.putIfAbsent(t.model(), t.seed());
        }
        return steps.stream().map(step -> step instanceof Plan.Model m && firstSeed.containsKey(m.name())
                ? new Plan.Model(m.name(), m.inputWidth(), m.layers(), firstSeed.get(m.name()), m.span())
                : step).collect(Collectors.toList());
    }
}
