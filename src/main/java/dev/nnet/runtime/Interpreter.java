package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.check.Specs;
import dev.nnet.data.Datasets;
import dev.nnet.data.Examples;
import dev.nnet.data.LoadedDataset;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a checked plan, step by step. Everything it is given has been checked, so what can still
 * go wrong here is what only running can show: a file that changed since the check, a training
 * run that diverges. Those come out as {@link RunError}s or data errors, never as crashes.
 */
public final class Interpreter {
    private final PrintStream out;
    private final Map<String, LoadedDataset> datasets = new HashMap<>();
    private final Map<String, ModelState> models = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean stopRequested = new java.util.concurrent.atomic.AtomicBoolean();

    public Interpreter(PrintStream out) {
        this.out = out;
    }

    /**
     * Asks a training under way to stop after its current step (a REPL's Ctrl-C); safe to call from
     * another thread. The model keeps the weights of its last step and stays usable.
     */
    public void requestStop() {
        stopRequested.set(true);
    }

    public void run(Plan plan) {
        for (Plan.Step step : plan.steps()) execute(step);
    }

    public void execute(Plan.Step step) {
        stopRequested.set(false);
        if (step instanceof Plan.Dataset d) {
            datasets.put(d.name(), Datasets.load(Specs.of(d)));
        } else if (step instanceof Plan.Model m) {
            models.put(m.name(), new ModelState(m));
        } else if (step instanceof Plan.Train t) {
            train(t);
        } else if (step instanceof Plan.Evaluate e) {
            evaluate(e);
        } else if (step instanceof Plan.Predict p) {
            new Prediction(models.get(p.model()), out).print(p, p.data() == null ? null : examples(p.data()));
        } else if (step instanceof Plan.Print p) {
            out.println(p.text());
        }
    }

    /** The weights of every parameter of a model, in order: for tests of determinism and for saving. */
    public List<float[]> weights(String model) {
        return models.get(model).network().parameters().stream().map(p -> p.value().floats().clone()).toList();
    }

    private Examples examples(Plan.DataRef ref) {
        LoadedDataset d = datasets.get(ref.dataset());
        return switch (ref.partition()) {
            case ALL -> d.all();
            case TRAIN -> d.train();
            case VALIDATION -> d.validation();
            case TEST -> d.test();
        };
    }

    private void train(Plan.Train t) {
        ModelState model = models.get(t.model());
        model.network(t.seed());
        LoadedDataset data = datasets.get(t.data().dataset());
        model.loss = t.loss();
        model.normalizer = data.normalizer();
        model.classNames = data.schema().classNames();
        Examples validation = t.validation() == null ? null : examples(t.validation());
        new Trainer(model, t, examples(t.data()), validation, out, stopRequested::get).run();
    }

    private void evaluate(Plan.Evaluate e) {
        ModelState model = models.get(e.model());
        Examples examples = examples(e.data());
        Inference inference = new Inference(model, examples);
        inference.run();
        out.println("evaluate " + e.model() + " on " + e.data().displayName() + " (" + examples.count() + " rows)");
        for (Plan.Metric metric : e.metrics()) {
            switch (metric) {
                case ACCURACY -> {
                    Readout readout = new Readout(model.plan, model.loss);
                    int correct = Metrics.correct(readout, inference.outputs(), model.plan.outputWidth(), examples);
                    out.println(String.format(Locale.ROOT, "  accuracy  %.2f  (%d of %d right)",
                            (double) correct / examples.count(), correct, examples.count()));
                }
                case LOSS -> out.println(String.format(Locale.ROOT, "  loss      %.4f  (%s)", inference.loss(),
                        model.loss.name().toLowerCase()));
            }
        }
    }
}
