package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code evaluate} prints: one line per metric, then a table per class when precision, recall or
 * f1 is asked for, then the confusion matrix when it is.
 */
final class EvaluationReport {
    private EvaluationReport() {
    }

    static void print(Plan.Evaluate e, ModelState model, Examples examples, PrintStream out) {
        Inference inference = new Inference(model, examples);
        inference.run();
        int width = model.plan.outputWidth();
        Scores scores = new Scores(new Readout(model.plan, model.loss), inference, width, examples);
        out.println("evaluate " + e.model() + " on " + e.data().displayName() + " (" + examples.count() + " rows)");
        boolean perClass = false;
        for (Plan.Metric metric : e.metrics()) {
            switch (metric) {
                case CONFUSION_MATRIX -> {
                }
                case ACCURACY -> {
                    Metrics.Confusion c = scores.confusion();
                    out.println(line(metric, scores.value(metric), c.right() + " of " + c.total() + " right"));
                }
                case PRECISION, RECALL, F1 -> {
                    perClass = true;
                    out.println(line(metric, scores.value(metric), "macro"));
                }
                case ROC_AUC -> out.println(line(metric, scores.value(metric), scores.classes() == 2 ? "binary"
                        : "one-vs-rest, macro"));
                case LOSS -> out.println(line(metric, scores.value(metric), model.objective != null
                        ? model.objective.describe() : model.loss.name().toLowerCase(Locale.ROOT)));
                case MSE, MAE, R2 -> out.println(line(metric, scores.value(metric), null));
            }
        }
        List<String> names = classNames(examples, scores);
        if (perClass) perClassTable(scores.confusion(), names, out);
        if (e.metrics().contains(Plan.Metric.CONFUSION_MATRIX)) confusionMatrix(scores.confusion(), names, out);
    }

    private static String line(Plan.Metric metric, double value, String note) {
        return String.format(Locale.ROOT, "  %-9s %s", metric.word(), EpochReport.format(value))
                + (note == null ? "" : "  (" + note + ")");
    }

    private static List<String> classNames(Examples examples, Scores scores) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < scores.classes(); c++) {
            names.add(c < examples.classNames().size() ? examples.classNames().get(c) : "class " + c);
        }
        return names;
    }

    private static void perClassTable(Metrics.Confusion c, List<String> names, PrintStream out) {
        int w = Math.max("class".length(), names.stream().mapToInt(String::length).max().orElse(0));
        out.println(String.format(Locale.ROOT, "  %-" + w + "s  %9s  %6s  %6s  %7s", "class", "precision", "recall",
                "f1", "support"));
        for (int k = 0; k < c.classes(); k++) {
            out.println(String.format(Locale.ROOT, "  %-" + w + "s  %9.4f  %6.4f  %6.4f  %7d", names.get(k),
                    c.precision(k), c.recall(k), c.f1(k), c.support(k)));
        }
    }

    private static void confusionMatrix(Metrics.Confusion c, List<String> names, PrintStream out) {
        out.println("  confusion matrix (rows: true class, columns: predicted class)");
        int first = names.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder header = new StringBuilder("  ").append(" ".repeat(first));
        int[] widths = new int[c.classes()];
        for (int k = 0; k < c.classes(); k++) {
            long widest = 0;
            for (long[] row : c.counts()) widest = Math.max(widest, row[k]);
            widths[k] = Math.max(names.get(k).length(), Long.toString(widest).length());
            header.append("  ").append(String.format("%" + widths[k] + "s", names.get(k)));
        }
        out.println(header);
        for (int t = 0; t < c.classes(); t++) {
            StringBuilder row = new StringBuilder("  ").append(String.format("%-" + first + "s", names.get(t)));
            for (int k = 0; k < c.classes(); k++) row.append("  ").append(String.format("%" + widths[k] + "d",
                    c.counts()[t][k]));
            out.println(row);
        }
    }
}
