package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;

/** The metrics of one pass of a model over a set of examples, each computed when first asked for. */
final class Scores {
    private final Readout readout;
    private final float[] outputs;
    private final int width;
    private final Examples examples;
    private final double loss;
    private Metrics.Confusion confusion;

    Scores(Readout readout, Inference inference, int width, Examples examples) {
        this.readout = readout;
        this.outputs = inference.outputs();
        this.width = width;
        this.examples = examples;
        this.loss = inference.loss();
    }

    int classes() {
        return Math.max(examples.classNames().size(), width == 1 ? 2 : width);
    }

    Metrics.Confusion confusion() {
        if (confusion == null) {
            int[] predicted = new int[examples.count()];
            for (int r = 0; r < predicted.length; r++) predicted[r] = readout.predictedClass(outputs, r, width);
            confusion = Metrics.confusion(examples.labels(), predicted, classes());
        }
        return confusion;
    }

    /** The value of a metric that is one number (not {@code confusion_matrix}). */
    double value(Plan.Metric metric) {
        return switch (metric) {
            case LOSS -> loss;
            case ACCURACY -> confusion().accuracy();
            case PRECISION, RECALL, F1 -> confusion().macro(metric);
            case ROC_AUC -> rocAuc();
            case MSE -> Metrics.mse(outputs, width, examples.y());
            case MAE -> Metrics.mae(outputs, width, examples.y());
            case R2 -> Metrics.r2(outputs, width, examples.y());
            case CONFUSION_MATRIX -> throw new IllegalArgumentException("a confusion matrix is a table");
        };
    }

    private double rocAuc() {
        double[][] p = new double[examples.count()][];
        for (int r = 0; r < p.length; r++) p[r] = readout.probabilities(outputs, r, width);
        return Metrics.rocAuc(examples.labels(), p, classes());
    }
}
