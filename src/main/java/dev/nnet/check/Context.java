package dev.nnet.check;

import dev.nnet.ast.Option;
import dev.nnet.diag.DiagnosticCode;
import java.nio.file.Path;
import java.util.Map;

/** What the rules for each kind of statement share while one script is checked. */
final class Context {
    final Reporter reporter;
    final Scope scope;
    final Evaluator evaluator;
    final Path baseDir;
    final DataCatalog data;
    /** For each model trained so far: the loss it was trained with (evaluate's `loss` metric uses it). */
    final Map<String, Plan.Loss> trainedWith;
    /**
     * For each model trained so far: what its last {@code train} measures each epoch ({@code loss}
     * first, then its metrics), the curves a {@code plot} of it can draw.
     */
    final Map<String, java.util.List<Plan.Metric>> trainedCurves = new java.util.HashMap<>();
    /** For each dataset split into folds ({@code split: {folds: 5}}): the number of folds. */
    final Map<String, Integer> folds = new java.util.HashMap<>();
    /** For each model loaded from a file that names its classes: those classes, in output order. */
    final Map<String, java.util.List<String>> fileClasses = new java.util.HashMap<>();
    /** The shape after each layer line, for editors. */
    final java.util.List<Analysis.LayerShape> layerShapes = new java.util.ArrayList<>();
    private int errorsAtStatementStart;
    /** How many `for` loops the statement being checked is inside. */
    int loopDepth;
    /** The checkpoint files named so far in this source, with where (each `train` needs its own). */
    final Map<String, dev.nnet.ast.Span> checkpointFiles = new java.util.HashMap<>();

    Context(Reporter reporter, Scope scope, Path baseDir, DataCatalog data, Map<String, Plan.Loss> trainedWith) {
        this.reporter = reporter;
        this.trainedWith = trainedWith;
        this.scope = scope;
        this.evaluator = new Evaluator(reporter, scope);
        this.evaluator.folds = folds;
        this.baseDir = baseDir;
        this.data = data;
    }

    /**
     * A model loaded from a file answers in the order of the classes it was trained on: data whose
     * classes differ (or come in another order) would be read against the wrong outputs.
     */
    void checkFileClasses(Plan.Model model, Value.DatasetValue data, dev.nnet.ast.Span at) {
        java.util.List<String> classes = fileClasses.get(model.name());
        if (classes == null || data == null || !data.schema().classification()) return;
        if (!classes.equals(data.schema().classes())) {
            reporter.error(DiagnosticCode.E0616, at, "`" + model.name() + "` was trained on the classes "
                    + classes + ", but `" + data.displayName() + "` has the classes " + data.schema().classes(),
                    "other classes", "give the dataset the model's classes, in its order: `classes: "
                    + quoted(classes) + "`");
        }
    }

    private static String quoted(java.util.List<String> words) {
        return "[" + String.join(", ", words.stream().map(w -> "\"" + w + "\"").toList()) + "]";
    }

    void startStatement() {
        errorsAtStatementStart = reporter.errorCount();
    }

    boolean statementHasErrors() {
        return reporter.errorCount() > errorsAtStatementStart;
    }

    /** A seed option: a whole number of at least 0; 0 when absent. */
    long seed(Option o) {
        if (o == null) return 0;
        Value v = evaluator.eval(o.value());
        if (v instanceof Value.IntValue i && i.value() >= 0) return i.value();
        if (v instanceof Value.IntValue i) {
            reporter.error(DiagnosticCode.E0405, o.value().span(), "a seed must not be negative, but it is "
                    + i.value(), "must be >= 0");
        } else if (!(v instanceof Value.Invalid)) {
            reporter.error(DiagnosticCode.E0303, o.value().span(), "a seed must be a whole number, but this is "
                    + Evaluator.describe(v), "expected a whole number");
        }
        return 0;
    }

    /** A whole-number option that must be at least {@code min}; null when wrong (reported). */
    Long wholeNumber(Option o, long min, DiagnosticCode rangeCode, String what) {
        Value v = evaluator.eval(o.value());
        if (v instanceof Value.IntValue i) {
            if (i.value() >= min) return i.value();
            reporter.error(rangeCode, o.value().span(), what + " must be at least " + min + ", but it is " + i.value(),
                    "must be >= " + min);
            return null;
        }
        if (!(v instanceof Value.Invalid)) {
            reporter.error(DiagnosticCode.E0303, o.value().span(), what + " must be a whole number, but this is "
                    + Evaluator.describe(v), "expected a whole number");
        }
        return null;
    }
}
