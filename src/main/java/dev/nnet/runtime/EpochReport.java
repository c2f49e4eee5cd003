package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;
import java.util.Locale;

/** The one line printed after each epoch: loss, metrics on the training and validation sets, time. */
final class EpochReport {
    private final Plan.Train plan;
    private final Examples train;
    private final Examples validation;
    private final Inference onTrain;
    private final Inference onValidation;
    private final Readout readout;
    private final int width;
    private final String epochFormat;

    EpochReport(ModelState model, Plan.Train plan, Examples train, Examples validation) {
        this.plan = plan;
        this.train = train;
        this.validation = validation;
        boolean accuracy = plan.metrics().contains(Plan.Metric.ACCURACY);
        this.onTrain = accuracy ? new Inference(model, train) : null;
        this.onValidation = validation == null ? null : new Inference(model, validation);
        this.readout = new Readout(model.plan, plan.loss());
        this.width = model.plan.outputWidth();
        int digits = Integer.toString(plan.epochs()).length();
        this.epochFormat = "epoch %" + digits + "d/%d";
    }

    String line(int epoch, double trainLoss, double millis) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, epochFormat, epoch, plan.epochs()));
        line.append(String.format(Locale.ROOT, "  loss %.4f", trainLoss));
        if (onTrain != null) {
            onTrain.run();
            line.append(String.format(Locale.ROOT, "  accuracy %.4f", accuracy(onTrain, train)));
        }
        if (onValidation != null) {
            onValidation.run();
            line.append(String.format(Locale.ROOT, "  val_loss %.4f", onValidation.loss()));
            if (validation.isClassification()) {
                line.append(String.format(Locale.ROOT, "  val_accuracy %.4f", accuracy(onValidation, validation)));
            }
        }
        line.append(String.format(Locale.ROOT, "  %.1f ms", millis));
        return line.toString();
    }

    private double accuracy(Inference inference, Examples examples) {
        return (double) Metrics.correct(readout, inference.outputs(), width, examples) / examples.count();
    }
}
