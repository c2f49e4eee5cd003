package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.check.Specs;
import dev.nnet.data.Datasets;
import dev.nnet.data.Fold;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * {@code train net on d} when {@code d} has {@code split: {folds: k}}: k copies of the model, each
 * starting from the weights {@code net} has now (drawn from the block's seed for a new model), are
 * trained with the block's options on k-1 folds and measured on the fold held out; one line per
 * fold, then the mean and standard deviation of each measure over the folds. The copies are only
 * measured: afterwards the caller trains {@code net} itself on every row, as the output says.
 */
final class CrossValidation {
    private final Interpreter interpreter;
    private final ModelState model;
    private final Plan.Train plan;
    private final Plan.Dataset dataset;
    private final PrintStream out;
    private final BooleanSupplier stopRequested;

    CrossValidation(Interpreter interpreter, ModelState model, Plan.Train plan, Plan.Dataset dataset, PrintStream out,
                    BooleanSupplier stopRequested) {
        this.interpreter = interpreter;
        this.model = model;
        this.plan = plan;
        this.dataset = dataset;
        this.out = out;
        this.stopRequested = stopRequested;
    }

    /** False when a stop was asked for (Ctrl-C in the REPL): then {@code net} is not trained again. */
    boolean run() {
        int k = dataset.split().folds();
        List<Fold> folds = Datasets.folds(Specs.of(dataset), k);
        List<String> names = new ArrayList<>(List.of("loss"));
        for (Plan.Metric m : plan.metrics()) if (m != Plan.Metric.LOSS) names.add(m.word());
        out.println("cross-validate " + plan.model() + " on " + dataset.name() + ": " + k + " folds"
                + (dataset.schema().classification() ? ", stratified by class" : "") + ", seed " + dataset.seed()
                + "; each fold trains a copy of " + plan.model() + " on the other folds and measures it on itself");
        // The copies' own epoch lines and history would bury the folds' results: they train silently.
        Plan.Train quiet = new Plan.Train(plan.model(), plan.data(), plan.objective(), plan.optimizer(), plan.epochs(),
                plan.batchSize(), plan.seed(), null, plan.metrics(), new Plan.Control(plan.control().schedule(),
                        plan.control().clipGradNorm(), plan.control().earlyStopping(), null), plan.span());
        ProgressDisplay silent = new SummaryDisplay(new PrintStream(OutputStream.nullOutputStream()));
        double[][] values = new double[names.size()][k];
        String digits = "%" + Integer.toString(k).length() + "d";
        for (int f = 0; f < k; f++) {
            Fold fold = folds.get(f);
            ModelState copy = interpreter.newModel(model.plan);
            WeightSnapshot.copy(model.network(), copy.network(plan.seed()));
            interpreter.prepare(copy, plan, datasetSchema(), fold.normalizer());
            long started = System.nanoTime();
            try {
                new Trainer(copy, quiet, fold.train(), null, silent, stopRequested).run();
            } catch (RunError e) {
                throw new RunError(e.code(), "in fold " + (f + 1) + " of " + k + ": " + e.getMessage(), e.help());
            }
            if (stopRequested.getAsBoolean()) {
                out.println("cross-validation stopped in fold " + (f + 1) + " of " + k + "; " + plan.model()
                        + " is not trained");
                return false;
            }
            double[] measured = measure(copy, fold);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "fold " + digits + "/%d", f + 1, k));
            line.append("  held out ").append(fold.heldOut().count()).append(" rows");
            for (int n = 0; n < names.size(); n++) {
                values[n][f] = measured[n];
                line.append("  ").append(names.get(n)).append(' ').append(EpochReport.format(measured[n]));
            }
            line.append(String.format(Locale.ROOT, "  (trained on %d rows, %.2f s)", fold.train().count(),
                    (System.nanoTime() - started) / 1e9));
            out.println(line);
        }
        StringBuilder summary = new StringBuilder("mean and standard deviation over " + k + " folds:");
        for (int n = 0; n < names.size(); n++) {
            summary.append("  ").append(names.get(n)).append(' ').append(EpochReport.format(mean(values[n])))
                    .append(" ± ").append(EpochReport.format(deviation(values[n])));
        }
        out.println(summary);
        out.println("the fold models are only measured: " + plan.model() + " now trains on all "
                + interpreter.examples(plan.data()).count() + " rows of " + dataset.name());
        return true;
    }

    private dev.nnet.data.DataSchema datasetSchema() {
        return interpreter.loaded(plan.data().dataset()).schema();
    }

    /** The loss and the block's metrics on the held-out fold, in the order of the names. */
    private double[] measure(ModelState copy, Fold fold) {
        Inference inference = new Inference(copy, fold.heldOut());
        inference.run();
        Scores scores = new Scores(new Readout(copy.plan, plan.loss()), inference, copy.plan.outputWidth(),
                fold.heldOut());
        List<Double> measured = new ArrayList<>(List.of(inference.loss()));
        for (Plan.Metric m : plan.metrics()) if (m != Plan.Metric.LOSS) measured.add(scores.value(m));
        return measured.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The mean of the folds where the measure is defined (roc_auc of a fold with one class is not); NaN for none. */
    static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            sum += v;
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The population standard deviation (numpy's {@code std}, dividing by the number of folds), as scikit-learn reports it. */
    static double deviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            squares += (v - mean) * (v - mean);
            n++;
        }
        return n == 0 ? Double.NaN : Math.sqrt(squares / n);
    }
}
