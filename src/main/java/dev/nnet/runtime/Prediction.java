package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;
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

    void print(Plan.Predict p, Examples dataset) {
        int width = model.plan.inputWidth();
        float[] x;
        int count;
        List<String> labels = new ArrayList<>();
        if (dataset != null) {
            x = dataset.x().clone(); // already normalised by the dataset
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
        Graph graph = new Graph(Precision.FLOAT32);
        graph.setTraining(false);
        Node output = model.network().forward(graph, graph.constant(Tensor.wrap(x, count, width)));
        float[] outputs = output.value().floats();
        int outWidth = model.plan.outputWidth();
        String head = "predict " + model.plan.name() + " on ";
        if (dataset == null && count == 1) {
            out.println(head + labels.get(0) + " -> " + answer(outputs, 0, outWidth));
            return;
        }
        out.println(head + (dataset != null ? p.data().displayName() : count + " inputs"));
        for (int r = 0; r < count; r++) out.println("  " + labels.get(r) + " -> " + answer(outputs, r, outWidth));
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
