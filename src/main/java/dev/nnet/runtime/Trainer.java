package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.engine.Adagrad;
import dev.nnet.engine.Adam;
import dev.nnet.engine.AdamW;
import dev.nnet.engine.RmsProp;
import dev.nnet.engine.Rprop;
import dev.nnet.engine.Optimizer;
import dev.nnet.engine.Parameter;
import dev.nnet.engine.Rng;
import dev.nnet.engine.Sgd;
import dev.nnet.engine.CosineSchedule;
import dev.nnet.engine.ExponentialSchedule;
import dev.nnet.engine.GradientClipping;
import dev.nnet.engine.PlateauSchedule;
import dev.nnet.engine.Schedule;
import dev.nnet.engine.StepSchedule;
import dev.nnet.engine.WarmupSchedule;
import dev.nnet.engine.TrainingWarmup;
import java.util.Map;
import java.util.Locale;
import java.util.List;

/**
 * The declarative training loop: for each epoch, shuffle (seeded), then for each mini-batch run
 * forward, loss, backward and the optimizer's update; then measure the epoch and report it to the
 * {@link ProgressDisplay}, which decides what is shown.
 */
final class Trainer {
    private final ModelState model;
    private final Plan.Train plan;
    private final Examples train;
    private final Examples validation;
    private final ProgressDisplay display;
    private final java.util.function.BooleanSupplier stopRequested;
    /** Saves and resumes the run when the training has a `checkpoint` (set by the interpreter); else null. */
    Checkpoints checkpoints;

    Trainer(ModelState model, Plan.Train plan, Examples train, Examples validation, ProgressDisplay display,
            java.util.function.BooleanSupplier stopRequested) {
        this.stopRequested = stopRequested;
        this.model = model;
        this.plan = plan;
        this.train = train;
        this.validation = validation;
        this.display = display;
    }

    static Optimizer optimizer(Plan.Optimizer o) {
        double lr = o.learningRate();
        return switch (o.kind()) {
            case SGD -> new Sgd(lr, o.number("momentum"), o.flag("nesterov"), o.number("weight_decay"));
            case ADAM -> new Adam(lr, o.number("beta1"), o.number("beta2"), o.number("epsilon"), o.number("weight_decay"));
            case ADAMW -> new AdamW(lr, o.number("beta1"), o.number("beta2"), o.number("epsilon"),
                    o.number("weight_decay"));
            case ADAGRAD -> new Adagrad(lr, o.number("lr_decay"), o.number("weight_decay"),
                    o.number("initial_accumulator"), o.number("epsilon"));
            case RMSPROP -> new RmsProp(lr, o.number("alpha"), o.number("epsilon"), o.number("weight_decay"),
                    o.number("momentum"), o.flag("centered"));
            case RPROP -> new Rprop(lr, o.number("eta_minus"), o.number("eta_plus"), o.number("min_step"),
                    o.number("max_step"));
        };
    }

    /** The engine's schedule for a planned one, starting from the optimizer's rate; null for none. */
    static Schedule schedule(Plan.Schedule s, double base) {
        if (s == null) return null;
        return switch (s.kind()) {
            case STEP_DECAY -> new StepSchedule(base, (int) s.number("every"), s.number("gamma"));
            case EXPONENTIAL -> new ExponentialSchedule(base, s.number("gamma"));
            case COSINE -> new CosineSchedule(base, (int) s.number("period"), s.number("min_rate"));
            case WARMUP -> new WarmupSchedule(base, s.number("start_factor"), s.number("end_factor"),
                    (int) s.number("epochs"));
            case REDUCE_ON_PLATEAU -> new PlateauSchedule(base, s.number("factor"), (int) s.number("patience"),
                    s.number("threshold"), (int) s.number("cooldown"), s.number("min_rate"));
        };
    }

    void run() {
        TrainingWarmup.stop(); // this training now makes the JIT compile the same code, and wants the core
        try {
            train();
        } finally {
            display.close();
        }
    }

    private void train() {
        int n = train.count();
        int batch = plan.batchSize() == 0 ? n : Math.min(plan.batchSize(), n);
        TrainingStep full = new TrainingStep(model, batch, train.width());
        TrainingStep last = n % batch == 0 ? null : new TrainingStep(model, n % batch, train.width());
        Optimizer optimizer = optimizer(plan.optimizer());
        Plan.Control control = plan.control();
        Schedule schedule = schedule(control.schedule(), optimizer.learningRate());
        List<Parameter> parameters = model.network().parameters();
        Rng shuffling = Rng.forPurpose(plan.seed(), "shuffle");
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        EpochReport report = new EpochReport(model, plan, train, validation);
        model.curves = new TrainingCurves(plan.data().displayName());
        display.start("train " + model.plan.name() + " on " + plan.data().displayName() + ": " + n + " rows, "
                + "batches of " + batch + ", " + plan.optimizer().describe() + ", " + plan.objective().describe()
                + (control.schedule() == null ? "" : ", " + control.schedule().describe())
                + (control.clipGradNorm() == 0 ? "" : ", gradients clipped to norm " + Plan.number(control.clipGradNorm())),
                plan.epochs(), (n + batch - 1) / batch);
        EarlyStopper stopper = control.earlyStopping() == null ? null
                : new EarlyStopper(control.earlyStopping(), model.network());
        HistoryFile history = control.history() == null ? null
                : new HistoryFile(java.nio.file.Path.of(control.history()), report.names());
        int epochsRun = 0;
        boolean stoppedEarly = false;
        long started = System.nanoTime();
        double lastGoodLoss = Double.NaN;
        double monitored = Double.NaN;
        Checkpoints.Parts saved = new Checkpoints.Parts(model.network(), optimizer, schedule, shuffling, order, stopper,
                history);
        Checkpoints.Resumed resumed = checkpoints == null ? null : checkpoints.resume(saved);
        int firstEpoch = 1;
        if (resumed != null) {
            epochsRun = resumed.epoch();
            stoppedEarly = resumed.stoppedEarly();
            lastGoodLoss = resumed.lastGoodLoss();
            monitored = resumed.monitored();
            firstEpoch = stoppedEarly ? plan.epochs() + 1 : resumed.epoch() + 1;
        }
        try {
            for (int epoch = firstEpoch; epoch <= plan.epochs(); epoch++) {
                long epochStart = System.nanoTime();
                if (schedule != null) optimizer.setLearningRate(schedule.rate(epoch - 1, monitored));
                if (batch < n) shuffling.shuffle(order);
                double lossSum = 0;
                int batchNumber = 0;
                for (int start = 0; start < n; start += batch) {
                    TrainingStep step = n - start >= batch ? full : last;
                    batchNumber++;
                    double loss = step.run(train, order, start);
                    if (!Double.isFinite(loss)) {
                        String where = Divergence.firstBadOutput(model, train, order, start, step.rows());
                        throw diverged("the loss became " + (Double.isNaN(loss) ? "NaN" : "infinite"), where == null
                                ? "the loss `" + plan.loss().name().toLowerCase() + "` itself (line " + plan.span().line()
                                + ")" : "the output of " + where, epoch, batchNumber, lastGoodLoss);
                    }
                    if (!gradientsFinite(parameters)) {
                        String where = Divergence.firstBadGradient(model);
                        throw diverged("a gradient became NaN or infinite",
                                where == null ? "a parameter's gradient" : where,
                                epoch, batchNumber, lastGoodLoss);
                    }
                    if (control.clipGradNorm() > 0) {
                        GradientClipping.clipByGlobalNorm(parameters, control.clipGradNorm());
                    }
                    optimizer.step(parameters);
                    lastGoodLoss = loss;
                    lossSum += loss * step.rows();
                    display.step(epoch, batchNumber, lossSum, start + step.rows());
                    if (stopRequested.getAsBoolean()) {
                        if (history != null) history.flush();
                        display.stopped("training stopped at epoch " + epoch + ", batch " + batchNumber
                                + "; " + model.plan.name() + " keeps the weights of that step");
                        return;
                    }
                }
                // An epoch whose line is not shown is measured only when something else needs its values.
                boolean shown = display.shows(epoch);
                boolean monitors = schedule != null && control.schedule().monitor() != null;
                Map<String, Double> values = shown || monitors || history != null || stopper != null
                        ? report.measure(lossSum / n) : null;
                if (monitors) {
                    String watched = control.schedule().monitor();
                    // The engine's plateau schedule waits for a value to fall, by a share of itself: a metric that
                    // should rise (all are at most 1) is watched as 1 - value, the error rate for accuracy.
                    monitored = Plan.Metric.higherIsBetter(watched) ? 1 - values.get(watched) : values.get(watched);
                }
                long epochNanos = System.nanoTime() - epochStart;
                boolean stopping = stopper != null && stopper.shouldStop(epoch, values);
                if (shown || stopping) {
                    display.epoch(report.line(epoch, values, schedule == null ? Double.NaN : optimizer.learningRate(),
                            epochNanos / 1e6));
                }
                epochsRun = epoch;
                if (values != null) model.curves.add(epoch, values);
                if (history != null) history.add(epoch, values, optimizer.learningRate(), epochNanos / 1e9);
                if (checkpoints != null) checkpoints.afterEpoch(saved, epoch, stopping, lastGoodLoss, monitored);
                if (stopping) {
                    stoppedEarly = true;
                    break;
                }
            }
        } catch (RuntimeException e) {
            if (history != null) flushAfter(history, e);
            throw e;
        }
        if (history != null) history.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        display.finish(summary(epochsRun, stoppedEarly, stopper, seconds));
    }

    /** The rows of a training that failed still reach the file; a failure to write them is told after the first. */
    private static void flushAfter(HistoryFile history, RuntimeException failure) {
        try {
            history.flush();
        } catch (RunError e) {
            failure.addSuppressed(e);
        }
    }

    /** The final line: how many epochs ran, and with early stopping why it stopped and which epoch is kept. */
    private String summary(int epochsRun, boolean stoppedEarly, EarlyStopper stopper, double seconds) {
        String name = model.plan.name();
        String epochs = epochsRun == plan.epochs() ? epochsRun + " epoch" + (epochsRun == 1 ? "" : "s")
                : epochsRun + " of " + plan.epochs() + " epochs";
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "trained %s: %s in %.2f s", name, epochs,
                seconds));
        if (stopper == null) return line.toString();
        if (stoppedEarly) {
            line.append("; stopped early: ").append(stopper.monitor()).append(" did not improve for ")
                    .append(stopper.epochsWithout()).append(" epoch").append(stopper.epochsWithout() == 1 ? "" : "s");
        }
        int kept = stopper.finish(epochsRun);
        if (Double.isNaN(stopper.best())) return line.append("; keeps the weights of epoch ").append(kept).toString();
        line.append("; keeps the weights of epoch ").append(kept);
        if (plan.control().earlyStopping().restoreBest()) {
            line.append(", the best ").append(stopper.monitor()).append(" (").append(EpochReport.format(stopper.best()))
                    .append(")");
        } else {
            line.append(", the last (best ").append(stopper.monitor()).append(" ")
                    .append(EpochReport.format(stopper.best())).append(" at epoch ").append(stopper.bestEpoch())
                    .append(")");
        }
        return line.toString();
    }

    private static boolean gradientsFinite(List<Parameter> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.grad() != null && !Divergence.finite(p.grad())) return false;
        }
        return true;
    }

    /** The step is not taken, so the model keeps the weights of the last good one. */
    private RunError diverged(String what, String where, int epoch, int batch, double lastGood) {
        String last = Double.isNaN(lastGood) ? "there was no finite loss before it"
                : String.format(Locale.ROOT, "the last good loss was %.6g", lastGood);
        return new RunError(DiagnosticCode.E0601, "training diverged: " + what + " at epoch " + epoch + ", batch "
                + batch + ", first in " + where + "; " + last + ", and " + model.plan.name()
                + " keeps the weights from before this step",
                "lower the learning rate (it is " + Plan.number(plan.optimizer().learningRate()) + "), add "
                        + "`clip_grad_norm: 1.0`, or normalise the features with `normalize: standard`");
    }
}
