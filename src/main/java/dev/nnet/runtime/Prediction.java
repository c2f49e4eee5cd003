package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;
import dev.nnet.data.Normalizer;
import dev.nnet.engine.Graph;
import dev.nnet.engine.Node;
import dev.nnet.engine.Precision;
import dev.nnet.engine.Tensor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code predict}: a model's answer for new inputs, as a class with its probabilities or as values. */
final class Prediction {
    private final ModelState model;
    private final PrintStream out;

    Prediction(ModelState model, PrintStream out) {
        this.model = model;
        this.out = out;
    }

    void print(Plan.Predict p, Examples dataset, Normalizer datasetNormalizer) {
        int width = model.plan.inputWidth();
        float[] x;
        int count;
        List<String> labels = new ArrayList<>();
        if (dataset != null) {
            x = inputs(dataset, datasetNormalizer);
            count = dataset.count();
            for (int r = 0; r < count; r++) labels.add("row " + (r + 1));
        } else {
            count = p.rows().size();
            x = new float[count * width];
            for (int r = 0; r < count; r++) {
                double[] row = p.rows().get(r);
                for (int c = 0; c < width; c++) x[r * width + c] = (float) row[c];
                labels.add(format(row));
            }
            if (model.normalizer != null) model.normalizer.applyInPlace(x, width);
        }
        float[] outputs = outputs(x, count);
        int outWidth = model.plan.outputWidth();
        String head = "predict " + model.plan.name() + " on ";
        if (dataset == null && count == 1) {
            out.println(head + labels.get(0) + " -> " + answer(outputs, 0, outWidth));
            return;
        }
        out.println(head + (dataset != null ? p.data().displayName() : count + " inputs"));
        for (int r = 0; r < count; r++) out.println("  " + labels.get(r) + " -> " + answer(outputs, r, outWidth));
    }

    private float[] outputs(float[] x, int count) {
        Graph graph = new Graph(Precision.FLOAT32);
        graph.setTraining(false);
        Node output = model.network().forward(graph, graph.constant(Tensor.wrap(x, count, model.plan.inputWidth())));
        return output.value().floats();
    }

    /**
     * A dataset's rows as the model's training saw its inputs. The dataset's tables are normalised with
     * the dataset's own statistics; a model that learnt other statistics (one loaded from a file, or
     * trained on other data) gets the rows undone and rescaled with its own.
     */
    private float[] inputs(Examples dataset, Normalizer datasetNormalizer) {
        float[] x = dataset.x().clone();
        Normalizer own = model.normalizer;
        if (own == null || datasetNormalizer == null || same(own, datasetNormalizer)) return x;
        int width = dataset.width();
        float[] offset = datasetNormalizer.offset();
        float[] scale = datasetNormalizer.scale();
        for (int i = 0; i < x.length; i++) x[i] = x[i] * scale[i % width] + offset[i % width];
        own.applyInPlace(x, width);
        return x;
    }

    private static boolean same(Normalizer a, Normalizer b) {
        return a.kind() == b.kind() && java.util.Arrays.equals(a.offset(), b.offset())
                && java.util.Arrays.equals(a.scale(), b.scale());
    }

    /**
     * {@code predict m on data to "out.csv"}: one row per example, with the predicted class and the
     * probability of each class, or the predicted values. Numbers are written in full (Java's shortest
     * text that reads back to the same number), so two runs can be compared exactly.
     */
    void write(Plan.Predict p, Examples dataset, Normalizer datasetNormalizer) {
        int count = dataset.count();
        float[] outputs = outputs(inputs(dataset, datasetNormalizer), count);
        int width = model.plan.outputWidth();
        List<String> classes = model.classNames;
        StringBuilder csv = new StringBuilder();
        if (classes != null && !classes.isEmpty()) {
            csv.append("predicted");
            for (String c : classes) csv.append(',').append(CsvText.quote("p_" + c));
            csv.append('\n');
            Readout readout = new Readout(model.plan, model.loss);
            for (int r = 0; r < count; r++) {
                csv.append(CsvText.quote(classes.get(readout.predictedClass(outputs, r, width))));
                for (double v : readout.probabilities(outputs, r, width)) csv.append(',').append(v);
                csv.append('\n');
            }
        } else {
            for (int c = 0; c < width; c++) csv.append(c == 0 ? "" : ",").append(width == 1 ? "predicted" : "predicted_" + (c + 1));
            csv.append('\n');
            for (int r = 0; r < count; r++) {
                for (int c = 0; c < width; c++) csv.append(c == 0 ? "" : ",").append(outputs[r * width + c]);
                csv.append('\n');
            }
        }
        CsvText.write(p.output(), csv.toString());
        out.println("predict " + model.plan.name() + " on " + p.data().displayName() + ": " + count + " rows written to "
                + p.output().getFileName());
    }

    private String answer(float[] outputs, int row, int width) {
        List<String> classes = model.classNames;
        if (classes == null || classes.isEmpty()) {
            StringBuilder values = new StringBuilder();
            for (int c = 0; c < width; c++) {
                values.append(c == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", outputs[row * width + c]));
            }
            return width == 1 ? values.toString() : "[" + values + "]";
        }
        Readout readout = new Readout(model.plan, model.loss);
        int predicted = readout.predictedClass(outputs, row, width);
        double[] p = readout.probabilities(outputs, row, width);
        StringBuilder text = new StringBuilder(classes.get(predicted));
        text.append(String.format(Locale.ROOT, " (probability %.3f)", p[predicted]));
        if (classes.size() > 2) {
            text.append("  [");
            for (int c = 0; c < classes.size(); c++) {
                text.append(c == 0 ? "" : ", ").append(classes.get(c))
                        .append(String.format(Locale.ROOT, " %.3f", p[c]));
            }
            text.append("]");
        }
        return text.toString();
    }

    private static String format(double[] row) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < row.length; i++) {
            s.append(i == 0 ? "" : ", ");
            double v = row[i];
            s.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
        }
        return s.append("]").toString();
    }
}
