package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.check.Specs;
import dev.nnet.data.Datasets;
import dev.nnet.data.Examples;
import dev.nnet.data.LoadedDataset;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.engine.Rng;
import dev.nnet.engine.TrainingWarmup;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a checked plan, step by step. Everything it is given has been checked, so what can still
 * go wrong here is what only running can show: a file that changed since the check, a training
 * run that diverges. Those come out as {@link RunError}s or data errors, never as crashes.
 */
public final class Interpreter {
    /** The value of a name defined inside a loop body that has not run yet. */
    static final Object UNSET = new Object();

    private final PrintStream out;
    private final Map<String, LoadedDataset> datasets = new HashMap<>();
    private final Map<String, Plan.Dataset> datasetPlans = new HashMap<>();
    private final Map<String, ModelState> models = new HashMap<>();
    private final Map<String, Rng> batchOrders = new HashMap<>();
    private final Map<Plan.Update, RuntimeValues.OptimizerRef> namedOptimizers = new HashMap<>();
    private final Environment globals = new Environment(null);
    private final Expressions expressions = new Expressions(this);
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private java.util.function.IntSupplier terminal;
    private Plan.Progress progressOverride;

    /**
     * Starts compiling the engine's training code on a spare core while the user is busy typing
     * ({@link dev.nnet.engine.TrainingWarmup}); for the front ends that wait for the user.
     */
    public static void warmUpTraining() {
        TrainingWarmup.startInBackground();
    }

    /** The SHA-256 of the script being run, for checkpoints' fingerprints; whether to resume from them. */
    private String scriptHash = "";
    private boolean resume;

    public Interpreter(PrintStream out) {
        this.out = out;
    }

    /**
     * Names the script about to run (its whole text), so that its trainings' checkpoints can tell it
     * from any other; with {@code resume}, trainings continue from their checkpoints (`nnet run --resume`).
     */
    public void script(String text, boolean resume) {
        this.scriptHash = Fingerprint.sha256(text);
        this.resume = resume;
    }

    /**
     * Asks a training under way to stop after its current step (a REPL's Ctrl-C); safe to call from
     * another thread. The model keeps the weights of its last step and stays usable.
     */
    public void requestStop() {
        stopRequested.set(true);
    }

    /**
     * How trainings show their progress. {@code terminal} gives the width of the terminal the output
     * goes to (0 when unknown), or is null when the output is not a terminal; {@code override} is
     * the mode of the command line ({@code nnet run --progress=...}), or null for each script's own.
     */
    public void progress(java.util.function.IntSupplier terminal, Plan.Progress override) {
        this.terminal = terminal;
        this.progressOverride = override;
    }

    public void run(Plan plan) {
        for (Plan.Step step : plan.steps()) execute(step);
    }

    public void execute(Plan.Step step) {
        stopRequested.set(false);
        run(step);
    }

    /** Runs one step; a failure is tagged with the innermost statement that was running. */
    private void run(Plan.Step step) {
        try {
            runUntagged(step);
        } catch (RunError e) {
            throw e.at(step.span());
        } catch (ArithmeticException e) {
            throw new RunError(DiagnosticCode.E0603, "arithmetic failed while running: " + e.getMessage(), null)
                    .at(step.span());
        }
    }

    private void runUntagged(Plan.Step step) {
        if (step instanceof Plan.Dataset d) {
            datasets.put(d.name(), Datasets.load(Specs.of(d)));
            datasetPlans.put(d.name(), d);
        } else if (step instanceof Plan.Model m) {
            models.put(m.name(), newModel(m));
        } else if (step instanceof Plan.LoadModel l) {
            models.put(l.model().name(), ModelFiles.load(l, def -> new DefLayer(def, expressions, globals)));
        } else if (step instanceof Plan.Save s) {
            ModelFiles.save(models.get(s.model()), s);
        } else if (step instanceof Plan.Plot p) {
            plot(p);
        } else if (step instanceof Plan.Train t) {
            train(t);
        } else if (step instanceof Plan.Evaluate e) {
            evaluate(e);
        } else if (step instanceof Plan.Predict p) {
            Prediction prediction = new Prediction(models.get(p.model()), out);
            if (p.output() != null) {
                prediction.write(p, examples(p.data()), datasets.get(p.data().dataset()).normalizer());
            } else {
                prediction.print(p, p.data() == null ? null : examples(p.data()),
                        p.data() == null ? null : datasets.get(p.data().dataset()).normalizer());
            }
        } else if (step instanceof Plan.Print p) {
            print(p);
        } else if (step instanceof Plan.Let let) {
            globals.put(let.name(), let.constant() != null ? RuntimeValues.fromConstant(let.constant())
                    : expressions.eval(let.value(), globals));
        } else if (step instanceof Plan.Def def) {
            globals.put(def.def().name().text(), def.def());
        } else if (step instanceof Plan.For loop) {
            forLoop(loop);
        } else if (step instanceof Plan.If branch) {
            boolean condition = (Boolean) expressions.eval(branch.condition(), globals);
            for (Plan.Step s : condition ? branch.then() : branch.otherwise()) run(s);
        } else if (step instanceof Plan.Backward b) {
            TensorRef loss = (TensorRef) expressions.eval(b.loss(), globals);
            expressions.graph().backward(expressions.tensor(loss).node());
        } else if (step instanceof Plan.Update u) {
            update(u);
        }
    }

    private void print(Plan.Print p) {
        String constant = p.constantText();
        if (constant != null) {
            out.println(constant);
            return;
        }
        StringBuilder line = new StringBuilder();
        for (Plan.PrintPart part : p.parts()) {
            if (line.length() > 0) line.append(' ');
            line.append(part instanceof Plan.PrintPart.Text t ? t.text()
                    : RuntimeValues.show(expressions.eval(((Plan.PrintPart.Computed) part).expr(), globals)));
        }
        out.println(line);
    }

    private void forLoop(Plan.For loop) {
        // Names a loop body defines exist after it (the explicit loop prints its last loss); until the
        // body has run once they have no value.
        for (Plan.Step s : loop.body()) {
            if (s instanceof Plan.Let let && !globals.has(let.name())) globals.put(let.name(), UNSET);
        }
        Object iterable = expressions.eval(loop.iterable(), globals);
        try {
            if (iterable instanceof RuntimeValues.Range r) {
                for (long i = r.from(); i <= r.to() && !stopRequested.get(); i++) body(loop, i);
            } else if (iterable instanceof List<?> list) {
                for (Object item : list) body(loop, item);
            } else {
                RuntimeValues.Batches b = (RuntimeValues.Batches) iterable;
                new BatchIterator(examples(b.data()), b, batchOrder(b.data()), expressions)
                        .forEach(batch -> body(loop, batch));
            }
        } finally {
            globals.remove(loop.variable());
        }
    }

    private void body(Plan.For loop, Object value) {
        globals.put(loop.variable(), value);
        for (Plan.Step s : loop.body()) run(s);
    }

    private void update(Plan.Update u) {
        Object value = expressions.eval(u.optimizer(), globals);
        RuntimeValues.OptimizerRef optimizer;
        if (value instanceof RuntimeValues.OptimizerRef named) {
            optimizer = named;
        } else {
            // `step adam on net`: one optimizer per such statement, so its state lasts across steps.
            String word = ((dev.nnet.check.Word) value).text;
            optimizer = namedOptimizers.computeIfAbsent(u, key -> new RuntimeValues.OptimizerRef(
                    Plan.Optimizer.defaults(word), Trainer.optimizer(Plan.Optimizer.defaults(word))));
        }
        optimizer.optimizer().step(models.get(u.model()).network().parameters());
        expressions.newGraph();
    }

    /** Each dataset part keeps one shuffling generator, so every pass over it is a new, seeded order. */
    private Rng batchOrder(Plan.DataRef ref) {
        return batchOrders.computeIfAbsent(ref.displayName(), key -> Rng.forPurpose(0, "batches:" + key));
    }

    static RunError unset(String name) {
        return new RunError(DiagnosticCode.E0602, "`" + name + "` has no value yet: the loop that defines it has not "
                + "run", "make sure the loop runs at least once before `" + name + "` is used");
    }

    Environment globals() {
        return globals;
    }

    ModelState modelOrNull(String name) {
        return models.get(name);
    }

    boolean hasDataset(String name) {
        return datasets.containsKey(name);
    }

    /** The weights of every parameter of a model, in order: for tests of determinism and for saving. */
    public List<float[]> weights(String model) {
        return models.get(model).network().parameters().stream().map(p -> p.value().floats().clone()).toList();
    }

    LoadedDataset loaded(String dataset) {
        return datasets.get(dataset);
    }

    Examples examples(Plan.DataRef ref) {
        LoadedDataset d = datasets.get(ref.dataset());
        return switch (ref.partition()) {
            case ALL -> d.all();
            case TRAIN -> d.train();
            case VALIDATION -> d.validation();
            case TEST -> d.test();
        };
    }

    /** A model before any training: its weights are drawn at its first use. */
    ModelState newModel(Plan.Model m) {
        ModelState state = new ModelState(m, def -> new DefLayer(def, expressions, globals));
        state.defLosses = def -> new DefLoss(def, expressions, globals);
        return state;
    }

    private void train(Plan.Train t) {
        ModelState model = models.get(t.model());
        model.network(t.seed());
        LoadedDataset data = datasets.get(t.data().dataset());
        Plan.Dataset dataset = datasetPlans.get(t.data().dataset());
        if (t.data().partition() == Plan.Partition.ALL && dataset.split() != null
                && dataset.split().crossValidation()) {
            boolean finished = new CrossValidation(this, model, t, dataset, out, stopRequested::get).run();
            if (!finished) return;
        }
        prepare(model, t, data.schema(), data.normalizer());
        Examples validation = t.validation() == null ? null : examples(t.validation());
        Plan.Progress mode = progressOverride != null ? progressOverride : t.control().progress();
        Trainer trainer = new Trainer(model, t, examples(t.data()), validation, ProgressDisplays.of(mode, out, terminal),
                stopRequested::get);
        if (t.control().checkpoint() != null) {
            String validationData = t.validation() == null ? "" : DataHash.of(datasetPlans.get(t.validation().dataset()));
            String fingerprint = Fingerprint.sha256(scriptHash + "\n" + t.span().start() + "\n" + model.dataSha256 + "\n"
                    + validationData);
            trainer.checkpoints = new Checkpoints(t.control().checkpoint(), fingerprint, resume, t.epochs(), out);
        }
        trainer.run();
    }

    /** What a model learns of its data before it trains on it: the loss, the classes, the normalisation. */
    void prepare(ModelState model, Plan.Train t, dev.nnet.data.DataSchema schema,
                 dev.nnet.data.Normalizer normalizer) {
        model.loss = t.loss();
        model.objective = t.objective();
        model.normalizer = normalizer;
        model.classNames = schema.classNames();
        model.featureNames = schema.featureNames();
        model.seed = t.seed();
        model.dataSha256 = DataHash.of(datasetPlans.get(t.data().dataset()));
    }

    /** The checker saw a `train` before the `plot`; only running can tell whether it ran (an `if` may skip it). */
    private void plot(Plan.Plot p) {
        TrainingCurves curves = models.get(p.model()).curves;
        if (curves == null || curves.epochs() == 0) {
            throw new RunError(DiagnosticCode.E0643, "`" + p.model() + "` has no training curves to plot: "
                    + (curves == null ? "no `train` of it has run" : "its training stopped before its first epoch ended"),
                    "make sure a `train " + p.model() + " on ...` runs at least one epoch before this line");
        }
        out.println(CurvePlot.write(p, curves));
    }

    private void evaluate(Plan.Evaluate e) {
        EvaluationReport.print(e, models.get(e.model()), examples(e.data()), out);
    }
}
