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

/**
 * Checks scripts before anything runs: names, types, values, the data's columns and classes, and
 * the fit between data, model and loss. It reports every mistake it can find (not only the first),
 * and gives back a {@link Plan} only when there is none.
 *
 * <p>A checker remembers what the sources it accepted define, so a REPL can check one input after
 * another against everything defined before; a source with errors leaves it unchanged.
 */
public final class Checker {
    private final DataCatalog data;
    private final boolean warnUnused;
    private final Scope scope = new Scope();
    private final Map<String, Plan.Loss> trainedWith = new HashMap<>();
    private final Map<String, List<Plan.Metric>> trainedCurves = new HashMap<>();
    private final Map<String, Integer> folds = new HashMap<>();

    /** @param warnUnused whether to warn about definitions a source never uses (a script: yes; a REPL: no) */
    public Checker(DataCatalog data, boolean warnUnused) {
        this.data = data;
        this.warnUnused = warnUnused;
    }

    /** Checks a whole script on its own. {@code baseDir} is where relative data paths start. */
    public static CheckResult check(Program program, SourceText source, Path baseDir, DataCatalog data) {
        return new Checker(data, true).check(program, source, baseDir);
    }

    /** Checks a source after everything this checker accepted before. */
    public CheckResult check(Program program, SourceText source, Path baseDir) {
        Scope working = scope.copy();
        working.setSource(source);
        Map<String, Plan.Loss> workingTrained = new HashMap<>(trainedWith);
        Reporter reporter = new Reporter(source);
        Context cx = new Context(reporter, working, baseDir, data, workingTrained);
        cx.trainedCurves.putAll(trainedCurves);
        cx.folds.putAll(folds);
        List<Plan.Step> steps = new Run(cx).statements(program);
        if (warnUnused && !reporter.hasErrors()) warnUnused(cx);
        Analysis analysis = new Analysis(definitions(working, source), working.references(), cx.layerShapes);
        if (reporter.hasErrors()) return new CheckResult(null, reporter.diagnostics(), analysis);
        scope.adopt(working);
        trainedWith.putAll(workingTrained);
        trainedCurves.putAll(cx.trainedCurves);
        folds.putAll(cx.folds);
        return new CheckResult(new Plan(steps), reporter.diagnostics(), analysis);
    }

    /** Takes back definitions whose statements did not run (a REPL input that stopped half-way). */
    public void forget(java.util.Collection<String> names) {
        scope.remove(names);
    }

    /** Everything defined so far, in order: for a REPL's `:type` and completion. */
    public List<Analysis.Definition> definitions() {
        return definitions(scope, null);
    }

    private static List<Analysis.Definition> definitions(Scope scope, SourceText onlyFrom) {
        List<Analysis.Definition> out = new ArrayList<>();
        for (Scope.Symbol s : scope.symbols()) {
            if (onlyFrom == null || s.source == onlyFrom) {
                out.add(new Analysis.Definition(s.name, s.kind, s.value.typeName(), s.definedAt));
            }
        }
        return out;
    }

    private static void warnUnused(Context cx) {
        for (Scope.Symbol symbol : cx.scope.symbols()) {
            if (symbol.used || symbol.source != cx.reporter.source()) continue;
            cx.reporter.warning(DiagnosticCode.W0102, symbol.definedAt, "`" + symbol.name + "` is defined but never used",
                    "unused", "remove it, or use it");
        }
    }

    /** The statements of one source, checked in order. */
    private static final class Run {
        private final Context cx;
        private final Map<String, Statement> laterDefinitions = new HashMap<>();

        Run(Context cx) {
            this.cx = cx;
        }

        List<Plan.Step> statements(Program program) {
            for (Statement s : program.statements()) {
                Identifier name = s.definedName();
                if (name != null) laterDefinitions.putIfAbsent(name.text(), s);
            }
            cx.evaluator.setLaterDefinitions(laterDefinitions);
            return block(program.statements());
        }

        private List<Plan.Step> block(List<Statement> statements) {
            List<Plan.Step> steps = new ArrayList<>();
            for (Statement s : statements) {
                if (cx.reporter.isFull()) {
                    cx.reporter.markStopped();
                    break;
                }
                cx.startStatement();
                Identifier name = s.definedName();
                if (name != null) laterDefinitions.remove(name.text(), s);
                Plan.Step step = statement(s);
                if (step != null) steps.add(step);
            }
            return steps;
        }

        private Plan.Step statement(Statement s) {
            if (s instanceof Statement.Let let) {
                Value value = cx.evaluator.eval(let.value());
                if (checkFresh(let.name())) cx.scope.define(let.name(), value, "value");
                return new Plan.Let(let.name().text(), let.value(), Values.isConstant(value) ? value : null, let.span());
            }
            if (s instanceof Statement.Def def) return def(def);
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
                if (fresh) {
                    cx.scope.define(m.name(), plan == null ? new Value.Invalid() : new Value.ModelValue(plan), "model");
                }
                return plan;
            }
            if (s instanceof Statement.ModelFile mf) {
                boolean fresh = checkFresh(mf.name());
                Plan.LoadModel plan = new ModelFileRules(cx).load(mf);
                if (fresh) {
                    cx.scope.define(mf.name(), plan == null ? new Value.Invalid() : new Value.ModelValue(plan.model()),
                            "model");
                }
                return plan;
            }
            if (s instanceof Statement.Save save) return new ModelFileRules(cx).save(save);
            if (s instanceof Statement.Summary summary) return new ModelFileRules(cx).summary(summary);
            if (s instanceof Statement.Plot plot) return new PlotRules(cx).plot(plot);
            if (s instanceof Statement.For f) return loop(f);
            if (s instanceof Statement.If i) return conditional(i);
            TrainingRules training = new TrainingRules(cx);
            if (s instanceof Statement.Train t) return training.train(t);
            if (s instanceof Statement.Evaluate e) return training.evaluate(e);
            if (s instanceof Statement.Predict p) return training.predict(p);
            if (s instanceof Statement.Backward b) return training.backward(b);
            if (s instanceof Statement.Step st) return training.update(st);
            if (s instanceof Statement.Print p) return print(p);
            throw new IllegalStateException("unknown statement " + s);
        }

        /** A def's body is checked once with parameters of unknown shape, then at every call with real ones. */
        private Plan.Step def(Statement.Def def) {
            boolean fresh = checkFresh(def.name());
            List<String> seen = new ArrayList<>();
            for (Identifier p : def.parameters()) {
                if (seen.contains(p.text())) {
                    cx.reporter.error(DiagnosticCode.E0202, p.span(), "the parameter `" + p.text() + "` is named twice",
                            "named again", "give each parameter its own name");
                }
                seen.add(p.text());
            }
            List<Value> unknown = new ArrayList<>();
            for (int i = 0; i < def.parameters().size(); i++) {
                unknown.add(new Value.TensorValue(Shape.anything(), true));
            }
            cx.evaluator.currentDef = def.name().text();
            try {
                new Calls(cx.evaluator, cx.reporter, cx.scope).body(def, unknown);
            } finally {
                cx.evaluator.currentDef = null;
            }
            if (fresh) cx.scope.define(def.name(), new Value.FunctionValue(def), "function");
            return new Plan.Def(def, def.span());
        }

        private Plan.Step loop(Statement.For f) {
            Value iterable = cx.evaluator.eval(f.iterable());
            Value element;
            if (iterable instanceof Value.RangeValue) {
                element = Value.Opaque.INT;
            } else if (iterable instanceof Value.ListValue l) {
                element = Values.elementOf(l);
            } else if (iterable instanceof Value.BatchesValue b) {
                element = Values.batchOf(b);
            } else {
                if (!(iterable instanceof Value.Invalid)) {
                    cx.reporter.error(DiagnosticCode.E0303, f.iterable().span(), "a `for` loop goes over a range "
                            + "(1..10), a list, or a dataset's batches, but this is " + Evaluator.describe(iterable),
                            "cannot loop over this", "for example `for batch in data.batches(32) { ... }`");
                }
                element = new Value.Invalid();
            }
            Scope.Symbol shadowed = cx.scope.lookup(f.variable().text()).orElse(null);
            if (shadowed != null) {
                cx.reporter.error(DiagnosticCode.E0202, f.variable().span(), "`" + f.variable().text()
                        + "` is already defined", "defined again here", "choose another name for the loop variable");
            }
            cx.scope.bindParameter(f.variable(), element);
            List<Plan.Step> body;
            cx.loopDepth++;
            try {
                body = block(f.body());
            } finally {
                cx.loopDepth--;
                cx.scope.restore(f.variable().text(), shadowed);
            }
            return new Plan.For(f.variable().text(), f.iterable(), body, f.span());
        }

        private Plan.Step conditional(Statement.If i) {
            Value condition = cx.evaluator.eval(i.condition());
            if (!(condition instanceof Value.BoolValue) && !condition.equals(Value.Opaque.BOOL)
                    && !(condition instanceof Value.Invalid)) {
                cx.reporter.error(DiagnosticCode.E0303, i.condition().span(), "an `if` needs true or false, but this is "
                        + Evaluator.describe(condition), "not true or false", "compare it: `if epoch % 10 == 0 { ... }`");
            }
            return new Plan.If(i.condition(), block(i.then()), block(i.otherwise()), i.span());
        }

        /** False, with a diagnostic, when the name is taken by an earlier definition or a built-in word. */
        private boolean checkFresh(Identifier name) {
            Optional<Scope.Symbol> earlier = cx.scope.lookup(name.text());
            if (earlier.isPresent()) {
                String where = earlier.get().source == cx.reporter.source()
                        ? "the first definition is at line " + earlier.get().definedAt.line()
                        : "it was defined in " + earlier.get().source.name();
                cx.reporter.error(DiagnosticCode.E0202, name.span(), "`" + name.text() + "` is already defined",
                        "defined again here", where + "; choose another name");
                return false;
            }
            // Names of data sources, metrics and the like may be reused (`dataset iris = csv(...)`); the
            // names of layers, activations, losses and optimizers may not, since a script reads them everywhere.
            Optional<Word> word = Word.named(name.text()).filter(w -> w.is(Word.Category.LAYER)
                    || w.category == Word.Category.LOSS || w.category == Word.Category.OPTIMIZER);
            if (word.isPresent()) {
                cx.reporter.error(DiagnosticCode.E0202, name.span(), "`" + name.text() + "` is the name of a built-in "
                        + word.get().category.phrase.replaceFirst("^an? ", ""), "built-in name", "choose another name");
                return false;
            }
            return true;
        }

        private Plan.Step print(Statement.Print p) {
            List<Plan.PrintPart> parts = new ArrayList<>();
            for (var argument : p.arguments()) {
                Value v = cx.evaluator.eval(argument);
                parts.add(Values.isConstant(v) || v instanceof Value.DatasetValue || v instanceof Value.ModelValue
                        ? new Plan.PrintPart.Text(Printing.show(v)) : new Plan.PrintPart.Computed(argument));
            }
            return new Plan.Print(parts, p.span());
        }
    }
}
