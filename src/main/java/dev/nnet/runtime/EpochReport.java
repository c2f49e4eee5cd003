package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What is measured after each epoch: the training loss, the chosen metrics on the training set, the
 * loss and the same metrics on the validation set ({@code val_} before their names); and the one
 * line printed from them.
 */
final class EpochReport {
    private final Plan.Train plan;
    private final Examples train;
    private final Examples validation;
    private final Inference onTrain;
    private final Inference onValidation;
    private final Readout readout;
    private final int width;
    private final List<Plan.Metric> measured;
    private final int epochDigits;
    private final StringBuilder line = new StringBuilder(128);

    EpochReport(ModelState model, Plan.Train plan, Examples train, Examples validation) {
        this.plan = plan;
        this.train = train;
        this.validation = validation;
        this.measured = plan.metrics().stream().filter(m -> m != Plan.Metric.LOSS).toList();
        this.onTrain = measured.isEmpty() ? null : new Inference(model, train);
        this.onValidation = validation == null ? null : new Inference(model, validation);
        this.readout = new Readout(model.plan, plan.loss());
        this.width = model.plan.outputWidth();
        this.epochDigits = Decimals.digits(plan.epochs());
    }

    /** The names of what {@link #measure} gives, in its order. */
    List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        names.add("loss");
        for (Plan.Metric m : measured) names.add(m.word());
        if (validation != null) {
            names.add("val_loss");
            for (Plan.Metric m : measured) names.add("val_" + m.word());
        }
        return names;
    }

    /** Measures the model as it is now; {@code trainLoss} is the mean loss of the epoch's batches. */
    Map<String, Double> measure(double trainLoss) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("loss", trainLoss);
        if (onTrain != null) {
            onTrain.run();
            Scores scores = new Scores(readout, onTrain, width, train);
            for (Plan.Metric m : measured) values.put(m.word(), scores.value(m));
        }
        if (onValidation != null) {
            onValidation.run();
            Scores scores = new Scores(readout, onValidation, width, validation);
            values.put("val_loss", onValidation.loss());
            for (Plan.Metric m : measured) values.put("val_" + m.word(), scores.value(m));
        }
        return values;
    }

    /** {@code rate} is the learning rate of the epoch, NaN to leave it out (it never changes). */
    String line(int epoch, Map<String, Double> values, double rate, double millis) {
        line.setLength(0);
        Decimals.padded(line.append("epoch "), epoch, epochDigits).append('/').append(plan.epochs());
        for (Map.Entry<String, Double> e : values.entrySet()) {
            line.append("  ").append(e.getKey()).append(' ');
            double v = e.getValue();
            if (Double.isNaN(v)) line.append("n/a");
            else Decimals.append(line, v, 4);
        }
        if (!Double.isNaN(rate)) line.append("  lr ").append(rate(rate));
        Decimals.append(line.append("  "), millis, 1).append(" ms");
        return line.toString();
    }

    /** A learning rate to 4 significant digits, without trailing zeros: 0.01, 0.009511. */
    static String rate(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String format(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
