package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Identifier;
import dev.nnet.ast.Option;
import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks {@code train}, {@code evaluate} and {@code predict}: what they name, their options, and the fit. */
final class TrainingRules {
    static final List<String> TRAIN_OPTIONS = List.of("loss", "optimizer", "epochs", "batch_size", "seed",
            "validation", "metrics", "lr_schedule", "clip_grad_norm", "early_stopping", "history", "checkpoint",
            "progress");
    static final List<String> EVALUATE_OPTIONS = List.of("metrics");
    static final int DEFAULT_BATCH_SIZE = 32;

    private final Context cx;

    TrainingRules(Context cx) {
        this.cx = cx;
    }

    Plan.Train train(Statement.Train t) {
        Plan.Model model = model(t.model());
        Value.DatasetValue data = dataset(t.data());
        OptionSet options = new OptionSet(t.options(), TRAIN_OPTIONS, "train", cx.reporter);
        for (String required : List.of("loss", "optimizer", "epochs")) {
            if (!options.has(required) && !options.suggested(required)) {
                cx.reporter.error(DiagnosticCode.E0209, t.model().span(), "`train` needs the option `" + required
                        + "`", "missing `" + required + "`", "add `" + required + ": " + example(required)
                        + "` to the block");
            }
        }
        Plan.Objective objective = objective(options.get("loss"));
        Plan.Loss loss = objective == null ? null : objective.kind();
        Plan.Optimizer optimizer = optimizer(options.get("optimizer"));
        Long epochs = options.has("epochs")
                ? cx.wholeNumber(options.get("epochs"), 1, DiagnosticCode.E0402, "the number of epochs") : null;
        int batchSize = batchSize(options.get("batch_size"));
        long seed = cx.seed(options.get("seed"));
        Value.DatasetValue validation = options.has("validation") ? validation(options.get("validation")) : null;
        Integer folds = data != null && data.partition() == Plan.Partition.ALL ? cx.folds.get(data.name()) : null;
        if (folds != null && options.has("validation")) {
            CrossValidationRules.noValidation(cx, options.get("validation"), data.name(), folds);
        }
        List<Plan.Metric> metrics = metrics(options.get("metrics"), data, true);
        if (model != null && data != null) {
            boolean fits = Fit.width(cx, model, t.model().span(), data);
            if (fits) cx.checkFileClasses(model, data, t.data().span());
            if (fits && loss != null) Fit.loss(cx, model, t.model().span(), data, loss, options.get("loss").value().span());
            if (fits && objective != null && objective.custom() != null) {
                customLossFits(objective.custom(), model, options.get("loss").value().span());
            }
            if (validation != null) Fit.width(cx, model, options.get("validation").value().span(), validation);
        }
        if (optimizer != null && optimizer.kind() == Plan.OptimizerKind.RPROP && batchSize != 0) {
            Option at = options.has("batch_size") ? options.get("batch_size") : options.get("optimizer");
            cx.reporter.error(DiagnosticCode.E0407, at.value().span(), "`rprop` is a full-batch method: it adapts each "
                    + "step from the sign of the whole gradient, which mini-batches make noisy", "needs the full batch",
                    "add `batch_size: full`, or use `adam` for mini-batches");
        }
        if (model != null && data != null && loss != null && loss.regression() && data.schema().classification()) {
            Plan.Activation last = model.finalActivation();
            if (last == Plan.Activation.SIGMOID || last == Plan.Activation.SOFTMAX) {
                boolean two = data.schema().classes().size() == 2 && model.outputWidth() == 1;
                cx.reporter.warning(DiagnosticCode.W0103, options.get("loss").value().span(), "`" + loss.name()
                        .toLowerCase() + "` on a " + last.name().toLowerCase() + " output learns classes slowly: its "
                        + "gradient vanishes when the output saturates", "slow for classes", two
                        ? "use `binary_cross_entropy`" : "use `cross_entropy`");
            }
        }
        Plan.Schedule schedule = schedule(options.get("lr_schedule"), optimizer, epochs, metrics, validation != null);
        double clip = clipGradNorm(options.get("clip_grad_norm"));
        if (data != null && batchSize > 0) smallLastBatch(data, batchSize, options.get("batch_size"), t);
        String history = history(options.get("history"));
        Plan.Progress progress = ProgressOption.check(cx, options.get("progress"));
        Plan.EarlyStopping stopping = EarlyStoppingRules.check(cx, options.get("early_stopping"), this, metrics,
                validation != null);
        Plan.Checkpoint checkpoint = CheckpointRules.check(cx, options.get("checkpoint"), history);
        if (model != null && loss != null) cx.trainedWith.putIfAbsent(model.name(), loss);
        if (model != null && metrics != null) cx.trainedCurves.put(model.name(), curves(metrics));
        if (cx.statementHasErrors() || model == null || data == null || loss == null || optimizer == null
                || epochs == null || batchSize < 0) {
            return null;
        }
        Plan.DataRef validationRef = validation == null ? null : ref(validation);
        return new Plan.Train(model.name(), ref(data), objective, optimizer, (int) Math.min(epochs, Integer.MAX_VALUE),
                batchSize, seed, validationRef, metrics, new Plan.Control(schedule, clip, stopping, history, checkpoint,
                progress),
                t.span());
    }

    Plan.Evaluate evaluate(Statement.Evaluate e) {
        Plan.Model model = model(e.model());
        Value.DatasetValue data = dataset(e.data());
        OptionSet options = new OptionSet(e.options(), EVALUATE_OPTIONS, "evaluate", cx.reporter);
        List<Plan.Metric> metrics = metrics(options.get("metrics"), data, false);
        Plan.Loss loss = model == null ? null : cx.trainedWith.get(model.name());
        if (model != null && metrics != null && metrics.contains(Plan.Metric.LOSS) && loss == null) {
            Span at = options.has("metrics") ? options.get("metrics").value().span() : e.model().span();
            cx.reporter.error(DiagnosticCode.E0209, at, "the `loss` metric needs the loss `" + model.name()
                    + "` is trained with, but it is not trained before this line", "no loss known",
                    "train the model first, or leave `loss` out of the metrics");
        }
        if (model != null && data != null && Fit.width(cx, model, e.model().span(), data)) {
            cx.checkFileClasses(model, data, e.data().span());
        }
        if (cx.statementHasErrors() || model == null || data == null || metrics == null) return null;
        if (!options.has("metrics") && loss == null) metrics.remove(Plan.Metric.LOSS);
        return new Plan.Evaluate(model.name(), ref(data), loss, metrics, e.span());
    }

    Plan.Predict predict(Statement.Predict p) {
        Plan.Model model = model(p.model());
        Value input = cx.evaluator.eval(p.input());
        if (model == null || input instanceof Value.Invalid) return null;
        if (input instanceof Value.DatasetValue d) {
            if (!Fit.width(cx, model, p.model().span(), d)) return null;
            cx.checkFileClasses(model, d, p.input().span());
            java.nio.file.Path output = p.output() == null ? null : new ModelFileRules(cx).outputFile(p.output());
            if (p.output() != null && output == null) return null;
            return new Plan.Predict(model.name(), List.of(), ref(d), output, p.span());
        }
        if (p.output() != null) {
            cx.reporter.error(DiagnosticCode.E0614, p.output().span(), "`predict ... to` writes one row per example "
                    + "of a dataset, but `" + p.model().text() + "` is given " + Evaluator.describe(input),
                    "needs a dataset", "predict on a dataset: `predict " + model.name() + " on data.test to \"out.csv\"`");
            return null;
        }
        List<double[]> rows = rows(input, p.input(), model);
        return rows == null ? null : new Plan.Predict(model.name(), rows, null, null, p.span());
    }

    Plan.Backward backward(Statement.Backward b) {
        Value loss = cx.evaluator.eval(b.loss());
        if (loss instanceof Value.Invalid) return null;
        if (!(loss instanceof Value.TensorValue t) || !t.shape().isScalar() && t.shape().isKnown()) {
            cx.reporter.error(DiagnosticCode.E0303, b.loss().span(), "`backward` needs a single number computed from "
                    + "a model (a loss), but this is " + Evaluator.describe(loss), "not a scalar",
                    "reduce it to one number first, for example with `mean(...)` or a loss such as `mse(y, target)`");
            return null;
        }
        if (!t.differentiable()) {
            cx.reporter.error(DiagnosticCode.E0303, b.loss().span(), "nothing in this depends on a model's parameters, "
                    + "so there is nothing to differentiate", "no parameters", "compute the loss from a model's "
                    + "output, such as `mse(net(batch.x), batch.y)`");
            return null;
        }
        return new Plan.Backward(b.loss(), b.span());
    }

    Plan.Update update(Statement.Step st) {
        Value optimizer = cx.evaluator.eval(st.optimizer(), Word.Category.OPTIMIZER);
        Plan.Model model = model(st.model());
        if (optimizer instanceof Value.Invalid || model == null) return null;
        if (!(optimizer instanceof Value.OptimizerValue) && !(optimizer instanceof Value.WordValue w
                && w.word().is(Word.Category.OPTIMIZER))) {
            cx.reporter.error(DiagnosticCode.E0303, st.optimizer().span(), "`step` needs an optimizer, but this is "
                    + Evaluator.describe(optimizer), "not an optimizer", "define one first: `let opt = sgd(learning_rate: 0.1)`");
            return null;
        }
        return new Plan.Update(st.optimizer(), model.name(), st.span());
    }

    private List<double[]> rows(Value input, Expr expr, Plan.Model model) {
        if (!(input instanceof Value.ListValue list) || list.items().isEmpty()) {
            cx.reporter.error(DiagnosticCode.E0303, expr.span(), "`predict` needs a list of numbers, a list of such "
                    + "lists, or a dataset, but this is " + Evaluator.describe(input), "expected [n1, n2, ...]",
                    "for example `predict " + model.name() + " on " + exampleRow(model.inputWidth()) + "`");
            return null;
        }
        boolean nested = list.items().get(0) instanceof Value.ListValue;
        List<Value.ListValue> rowValues = new ArrayList<>();
        if (nested) {
            for (Value item : list.items()) {
                if (item instanceof Value.ListValue row) rowValues.add(row);
                else return wrongRow(expr, model);
            }
        } else {
            rowValues.add(list);
        }
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < rowValues.size(); r++) {
            List<Value> cells = rowValues.get(r).items();
            Span span = nested && expr instanceof Expr.ListLiteral l ? l.items().get(r).span() : expr.span();
            if (cells.size() != model.inputWidth()) {
                cx.reporter.error(DiagnosticCode.E0306, span, "model `" + model.name() + "` takes "
                        + model.inputWidth() + " numbers, but this has " + cells.size(), "has " + cells.size(),
                        "for example " + exampleRow(model.inputWidth()));
                return null;
            }
            double[] row = new double[cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                if (!Evaluator.isNumber(cells.get(c))) return wrongRow(expr, model);
                row[c] = Evaluator.asDouble(cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private List<double[]> wrongRow(Expr expr, Plan.Model model) {
        cx.reporter.error(DiagnosticCode.E0303, expr.span(), "`predict` needs numbers, one per input feature",
                "expected numbers", "for example " + exampleRow(model.inputWidth()));
        return null;
    }

    private static String exampleRow(int width) {
        StringBuilder row = new StringBuilder("[");
        for (int i = 0; i < Math.min(width, 4); i++) row.append(i == 0 ? "" : ", ").append("0.5");
        if (width > 4) row.append(", ...");
        return row.append("]").toString();
    }

    private static String example(String option) {
        return switch (option) {
            case "loss" -> "cross_entropy";
            case "optimizer" -> "adam(learning_rate: 0.01)";
            default -> "100";
        };
    }

    private Plan.Model model(Identifier name) {
        return modelNamed(cx, name);
    }

    /** The model a statement names (train, evaluate, predict, save, summary), or null, reported, when it is not one. */
    static Plan.Model modelNamed(Context cx, Identifier name) {
        Optional<Scope.Symbol> symbol = cx.scope.use(name.text(), name.span());
        if (symbol.isEmpty()) {
            cx.evaluator.unknownName(name.text(), name.span(), null);
            return null;
        }
        if (symbol.get().value instanceof Value.ModelValue m) return m.model();
        if (!(symbol.get().value instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, name.span(), "`" + name.text() + "` is "
                    + Evaluator.describe(symbol.get().value) + ", not a model", "not a model");
        }
        return null;
    }

    private Value.DatasetValue dataset(Expr e) {
        Value v = cx.evaluator.eval(e);
        if (v instanceof Value.DatasetValue d) return d;
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, e.span(), "this must be a dataset, but it is "
                    + Evaluator.describe(v), "not a dataset");
        }
        return null;
    }

    private Value.DatasetValue validation(Option o) {
        Value.DatasetValue v = dataset(o.value());
        if (v != null && v.partition() == Plan.Partition.TEST) {
            cx.reporter.warning(DiagnosticCode.W0101, o.value().span(), "the test split is used for validation",
                    "test data", "validation steers training; use `" + v.name() + ".validation` and keep the test "
                            + "split for the final evaluation, or the test accuracy will flatter the model");
        }
        return v;
    }

    /** A loss word, {@code huber(0.5)}, or a def of two tensors (its shapes are checked with the model's). */
    private Plan.Objective objective(Option o) {
        if (o == null) return null;
        Value v = cx.evaluator.eval(o.value(), Word.Category.LOSS);
        if (v instanceof Value.WordValue w && w.word().is(Word.Category.LOSS)) {
            return Plan.Objective.of(Plan.Loss.valueOf(w.word().name()));
        }
        if (v instanceof Value.WordCall call && call.word().is(Word.Category.LOSS)) {
            return new Plan.Objective(Plan.Loss.valueOf(call.word().name()), call.argument(0), null);
        }
        if (v instanceof Value.FunctionValue f) {
            if (f.def().parameters().size() == 2) return new Plan.Objective(Plan.Loss.CUSTOM, Double.NaN, f.def());
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`" + f.def().name().text() + "` takes "
                    + f.def().parameters().size() + (f.def().parameters().size() == 1 ? " argument" : " arguments")
                    + ", but a loss takes two: the prediction and the target", "not a loss",
                    "for example `def squared(p, t) = mean((p - t) * (p - t))`");
            return null;
        }
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`loss` must be a loss such as `mse` or "
                    + "`cross_entropy`, but this is " + Evaluator.describe(v), "not a loss");
        }
        return null;
    }

    /**
     * A def as a loss is given the model's output and the target, both [B, outputs] (the target is
     * the class index for one output, one-hot for one output per class), and must give one number
     * that depends on the prediction.
     */
    private void customLossFits(Statement.Def def, Plan.Model model, Span at) {
        Shape rows = Shape.of(Shape.BATCH, model.outputWidth());
        int before = cx.reporter.count();
        Value out = new Calls(cx.evaluator, cx.reporter, cx.scope).body(def, List.of(
                new Value.TensorValue(rows, true), new Value.TensorValue(rows, false)));
        cx.reporter.annotateSince(before, "in `" + def.name().text() + "` as the loss of `" + model.name()
                + "`, with " + rows.typeName() + " for the prediction and the target");
        if (out instanceof Value.Invalid) return;
        if (!(out instanceof Value.TensorValue t) || !t.shape().isScalar()) {
            cx.reporter.error(DiagnosticCode.E0307, at, "`" + def.name().text() + "` gives " + out.typeName()
                    + ", but a loss must give one number", "not one number",
                    "reduce it with `mean(...)` or `sum(...)`");
        } else if (!t.differentiable()) {
            cx.reporter.error(DiagnosticCode.E0303, at, "`" + def.name().text() + "` does not depend on its first "
                    + "argument, the prediction, so it cannot train the model", "no gradient",
                    "compute it from the prediction, such as `mean((p - t) * (p - t))`");
        }
    }

    private Plan.Optimizer optimizer(Option o) {
        if (o == null) return null;
        Value v = cx.evaluator.eval(o.value(), Word.Category.OPTIMIZER);
        if (v instanceof Value.OptimizerValue opt) return opt.optimizer();
        if (v instanceof Value.WordValue w && w.word().is(Word.Category.OPTIMIZER)) return Optimizers.defaults(w.word());
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`optimizer` must be an optimizer such as "
                    + "`sgd(learning_rate: 0.1)` or `adam`, but this is " + Evaluator.describe(v), "not an optimizer");
        }
        return null;
    }

    /**
     * W0140: when the batch size does not divide the training rows, each epoch ends with a smaller
     * batch, whose update counts as much as a full one's with a noisier gradient. A last batch of a
     * quarter of the size or more is common and harmless, so only a smaller one is warned about.
     */
    private void smallLastBatch(Value.DatasetValue data, int batchSize, Option at, Statement.Train t) {
        int rows = data.schema().rowsOf(data.partition());
        if (rows <= batchSize) return;
        int last = rows % batchSize;
        if (last == 0 || last * 4 >= batchSize) return;
        int fits = 0;
        for (int d = 0; d <= batchSize / 2 && fits == 0; d++) {
            if (rows % (batchSize + d) == 0) fits = batchSize + d;
            else if (batchSize - d > 1 && rows % (batchSize - d) == 0) fits = batchSize - d;
        }
        cx.reporter.warning(DiagnosticCode.W0140, at != null ? at.value().span() : t.model().span(), "the last batch "
                + "of each epoch has " + last + (last == 1 ? " row" : " rows") + ": " + data.displayName() + " has "
                + rows + " rows, in batches of " + batchSize, "last batch of " + last, fits > 0
                ? "its update counts as much as a full batch's, from a noisier gradient; `batch_size: " + fits
                        + "` divides the " + rows + " rows"
                : "its update counts as much as a full batch's, from a noisier gradient; choose a batch size "
                        + "that leaves more rows, or `batch_size: full`");
    }

    /** 0 for `full` (one batch of every row), -1 when wrong (reported). */
    private int batchSize(Option o) {
        if (o == null) return DEFAULT_BATCH_SIZE;
        // `full` here always means the whole set, even in a script that names something else `full`.
        if (o.value() instanceof Expr.Name n && n.name().equals("full")) return 0;
        Long size = cx.wholeNumber(o, 1, DiagnosticCode.E0403, "the batch size");
        if (size == null) return -1;
        return (int) Math.min(size, Integer.MAX_VALUE);
    }

    private Plan.Schedule schedule(Option o, Plan.Optimizer optimizer, Long epochs, List<Plan.Metric> metrics,
                                   boolean validation) {
        if (o == null) return null;
        Value v = cx.evaluator.eval(o.value(), Word.Category.SCHEDULE);
        if (v instanceof Value.WordValue w && w.word().is(Word.Category.SCHEDULE)) {
            v = Schedules.defaults(w.word(), o.value().span(), cx.reporter);
        }
        if (v instanceof Value.Invalid) return null;
        if (!(v instanceof Value.ScheduleValue sv)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`lr_schedule` must be a learning-rate schedule "
                    + "such as `cosine` or `step_decay(every: 10)`, but this is " + Evaluator.describe(v),
                    "not a schedule", "the schedules are " + Plan.joinWords(Word.textsOf(Word.Category.SCHEDULE)));
            return null;
        }
        Plan.Schedule schedule = sv.schedule();
        if (schedule.kind() == Plan.ScheduleKind.COSINE && schedule.number("period") == Schedules.PERIOD_OF_THE_EPOCHS
                && epochs != null) {
            java.util.Map<String, Double> settings = new java.util.LinkedHashMap<>(schedule.settings());
            settings.put("period", (double) epochs);
            schedule = new Plan.Schedule(schedule.kind(), settings, null);
        }
        if (schedule.settings().containsKey("min_rate") && optimizer != null
                && schedule.number("min_rate") >= optimizer.learningRate()) {
            cx.reporter.error(DiagnosticCode.E0410, sv.minRateSpan() != null ? sv.minRateSpan() : o.value().span(),
                    "`min_rate` must be below the optimizer's learning rate (" + Plan.number(optimizer.learningRate())
                            + "), but it is " + Plan.number(schedule.number("min_rate")), "not below the rate",
                    "the schedule lowers the rate from the optimizer's down to `min_rate`");
            return null;
        }
        if (schedule.kind() == Plan.ScheduleKind.REDUCE_ON_PLATEAU && metrics != null) {
            String monitor = monitor(schedule.monitor(), sv.monitorSpan() != null ? sv.monitorSpan()
                    : o.value().span(), metrics, validation, "reduce_on_plateau");
            if (monitor == null) return null;
            schedule = new Plan.Schedule(schedule.kind(), schedule.settings(), monitor);
        }
        return schedule;
    }

    /**
     * What a schedule or early stopping watches: `loss` or a metric of the block, on the validation
     * set with `val_` before it. Empty means the default: `val_loss` with validation, else `loss`.
     */
    String monitor(String asked, Span span, List<Plan.Metric> metrics, boolean validation, String what) {
        if (asked.isEmpty()) return validation ? "val_loss" : "loss";
        List<String> measured = new ArrayList<>();
        for (String prefix : validation ? List.of("", "val_") : List.of("")) {
            measured.add(prefix + "loss");
            for (Plan.Metric m : metrics) if (m != Plan.Metric.LOSS) measured.add(prefix + m.word());
        }
        if (measured.contains(asked)) return asked;
        String help;
        if (asked.startsWith("val_") && !validation) {
            help = "add `validation: ...` to the block to measure the validation set";
        } else if (!measured.contains(asked) && Word.named(asked.replaceFirst("^val_", "")).filter(
                w -> w.is(Word.Category.METRIC)).isPresent()) {
            help = "add `" + asked.replaceFirst("^val_", "") + "` to the block's `metrics`";
        } else {
            help = "the block measures " + Plan.joinWords(measured);
        }
        cx.reporter.error(DiagnosticCode.E0322, span, "`" + what + "` watches \"" + asked + "\", which this training "
                + "does not measure", "not measured", help);
        return null;
    }

    /** The history file's absolute path, relative to the script's folder as written; null for none or wrong. */
    private String history(Option o) {
        if (o == null) return null;
        Value v = cx.evaluator.eval(o.value());
        if (v instanceof Value.Invalid) return null;
        if (!(v instanceof Value.StringValue s) || s.value().isBlank()) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`history` must be the name of a CSV file to "
                    + "write, but this is " + Evaluator.describe(v), "expected a file name", "for example "
                    + "`history: \"run.csv\"`");
            return null;
        }
        java.nio.file.Path path;
        try {
            path = cx.baseDir.resolve(s.value()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            cx.reporter.error(DiagnosticCode.E0413, o.value().span(), "the history file `" + s.value() + "` cannot be "
                    + "written: it is not a valid file name here (" + e.getReason() + ")", "not a valid file name");
            return null;
        }
        java.nio.file.Path folder = path.getParent();
        if (folder == null || !java.nio.file.Files.isDirectory(folder) || java.nio.file.Files.isDirectory(path)) {
            cx.reporter.error(DiagnosticCode.E0413, o.value().span(), "the history file `" + s.value() + "` cannot be "
                    + "written: " + (folder != null && java.nio.file.Files.isDirectory(path) ? "it is a folder"
                            : "its folder does not exist"), "cannot be written", "paths are relative to the script's "
                                    + "folder; create the folder first, or name a file in an existing one");
            return null;
        }
        return path.toString();
    }

    /** The largest gradient norm, or 0 for no clipping (also when wrong, reported). */
    private double clipGradNorm(Option o) {
        if (o == null) return 0;
        Value v = cx.evaluator.eval(o.value());
        if (v instanceof Value.Invalid) return 0;
        if (!Evaluator.isNumber(v)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`clip_grad_norm` must be a number, but this is "
                    + Evaluator.describe(v), "expected a number", "for example `clip_grad_norm: 1.0`");
            return 0;
        }
        double norm = Evaluator.asDouble(v);
        if (!(norm > 0)) {
            cx.reporter.error(DiagnosticCode.E0411, o.value().span(), "the largest gradient norm must be above 0, but "
                    + "it is " + Plan.number(norm), "must be > 0", "for example `clip_grad_norm: 1.0`");
            return 0;
        }
        return norm;
    }

    /** {@code inTraining}: a table such as the confusion matrix has no place in a line per epoch. */
    private List<Plan.Metric> metrics(Option o, Value.DatasetValue data, boolean inTraining) {
        List<Plan.Metric> metrics = new ArrayList<>();
        boolean classes = data != null && data.schema().classification();
        if (o == null) {
            metrics.add(Plan.Metric.LOSS);
            if (classes) metrics.add(Plan.Metric.ACCURACY);
            return metrics;
        }
        Value v = cx.evaluator.eval(o.value(), Word.Category.METRIC);
        if (v instanceof Value.Invalid) return null;
        if (!(v instanceof Value.ListValue list)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`metrics` must be a list such as "
                    + "[accuracy, loss], but this is " + Evaluator.describe(v), "expected a list");
            return null;
        }
        List<Expr> items = o.value() instanceof Expr.ListLiteral l ? l.items() : List.of();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            Value item = list.items().get(i);
            Span span = i < items.size() ? items.get(i).span() : o.value().span();
            if (!(item instanceof Value.WordValue w) || !w.word().is(Word.Category.METRIC)) {
                if (!(item instanceof Value.Invalid)) {
                    cx.reporter.error(DiagnosticCode.E0303, span, "this is " + Evaluator.describe(item)
                            + ", not a metric", "not a metric", "the metrics are "
                                    + Plan.joinWords(Word.textsOf(Word.Category.METRIC)));
                }
                return null;
            }
            Plan.Metric metric = Plan.Metric.valueOf(w.word().name());
            if (data != null && (metric.forClasses() && !classes || metric.forRealValues() && classes)) {
                cx.reporter.error(DiagnosticCode.E0320, span, "`" + metric.word() + "` measures "
                        + (classes ? "a real-valued target, but `" + data.displayName() + "` has classes"
                                : "classes, but `" + data.displayName() + "` has a real-valued target"),
                        classes ? "needs a real-valued target" : "needs classes", classes
                                ? "for classes use accuracy, precision, recall, f1, confusion_matrix, roc_auc or loss"
                                : "for a real-valued target use mse, mae, r2 or loss");
                ok = false;
                continue;
            }
            if (inTraining && metric == Plan.Metric.CONFUSION_MATRIX) {
                cx.reporter.error(DiagnosticCode.E0321, span, "`confusion_matrix` is a table, and `train` prints one "
                        + "line per epoch", "not during training", "ask for it after training: `evaluate "
                                + "... { metrics: [confusion_matrix] }`");
                ok = false;
                continue;
            }
            if (!metrics.contains(metric)) metrics.add(metric);
        }
        return ok ? metrics : null;
    }

    /** What each epoch of a training measures, {@code loss} first: the curves a {@code plot} can draw. */
    private static List<Plan.Metric> curves(List<Plan.Metric> metrics) {
        List<Plan.Metric> curves = new ArrayList<>(List.of(Plan.Metric.LOSS));
        for (Plan.Metric m : metrics) if (m != Plan.Metric.LOSS) curves.add(m);
        return curves;
    }

    private static Plan.DataRef ref(Value.DatasetValue d) {
        return new Plan.DataRef(d.name(), d.partition());
    }
}
