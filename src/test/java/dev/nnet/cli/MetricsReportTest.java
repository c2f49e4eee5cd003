package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `evaluate` with every class metric, end to end: the printed accuracy, macro scores and per-class
 * table are recomputed here from the printed confusion matrix, so they must agree with each other.
 */
class MetricsReportTest {
    @TempDir
    Path temp;

    private CliRun run(String script) throws IOException {
        Path file = temp.resolve("m.nnet");
        Files.writeString(file, script);
        return CliRun.of("run", file.toString());
    }

    @Test
    void theClassMetricsAgreeWithTheConfusionMatrix() throws IOException {
        CliRun run = run("""
                dataset iris = iris() { split: {train: 0.7, validation: 0.15, test: 0.15}; normalize: standard; seed: 4 }
                model net { input 4; dense(6, activation: relu); dense(3, activation: softmax) }
                train net on iris.train { loss: cross_entropy; optimizer: adam(learning_rate: 0.01); epochs: 4; seed: 2
                    validation: iris.validation; metrics: [loss, accuracy, f1, roc_auc] }
                evaluate net on iris.test { metrics: [accuracy, precision, recall, f1, roc_auc, confusion_matrix] }
                """);
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("val_f1 ") && out.contains("val_roc_auc "), out);

        String[] lines = out.split("\n");
        int at = indexOf(lines, "confusion matrix");
        long[][] m = new long[3][3];
        for (int t = 0; t < 3; t++) {
            String[] cells = lines[at + 2 + t].trim().split(" +");
            for (int k = 0; k < 3; k++) m[t][k] = Long.parseLong(cells[1 + k]);
        }
        long total = 0, right = 0;
        double precisionSum = 0, recallSum = 0, f1Sum = 0;
        int table = indexOf(lines, "class ");
        for (int k = 0; k < 3; k++) {
            long tp = m[k][k], predicted = m[0][k] + m[1][k] + m[2][k], support = m[k][0] + m[k][1] + m[k][2];
            total += support;
            right += tp;
            double p = predicted == 0 ? 0 : (double) tp / predicted, r = support == 0 ? 0 : (double) tp / support;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            precisionSum += p;
            recallSum += r;
            f1Sum += f1;
            String[] row = lines[table + 1 + k].trim().split(" +");
            assertEquals(p, Double.parseDouble(row[1]), 5e-5, lines[table + 1 + k]);
            assertEquals(r, Double.parseDouble(row[2]), 5e-5);
            assertEquals(f1, Double.parseDouble(row[3]), 5e-5);
            assertEquals(support, Long.parseLong(row[4]));
        }
        assertEquals((double) right / total, value(out, "accuracy"), 5e-5);
        assertTrue(out.contains("(" + right + " of " + total + " right)"), out);
        assertEquals(precisionSum / 3, value(out, "precision"), 5e-5);
        assertEquals(recallSum / 3, value(out, "recall"), 5e-5);
        assertEquals(f1Sum / 3, value(out, "f1"), 5e-5);
        double auc = value(out, "roc_auc");
        assertTrue(auc >= 0 && auc <= 1, out);
    }

    @Test
    void regressionMetricsArePrintedForARealTarget() throws IOException {
        Path csv = temp.resolve("line.csv");
        StringBuilder rows = new StringBuilder("x,y\n");
        for (int i = 0; i < 20; i++) rows.append(i).append(',').append(2 * i + 1).append('\n');
        Files.writeString(csv, rows);
        CliRun run = run("dataset d = csv(\"" + csv.toString().replace("\\", "/") + "\") { target: \"y\" }\n"
                + "model net { input 1; dense(1) }\n"
                + "train net on d { loss: mse; optimizer: sgd(learning_rate: 0.002); epochs: 30; batch_size: full; "
                + "metrics: [loss, mse, mae, r2] }\n"
                + "evaluate net on d { metrics: [mse, mae, r2, loss] }\n");
        assertEquals(0, run.exit(), run.err());
        // The loss is mse, so the two must agree; r2 of a fitted line is near 1, and mae^2 <= mse.
        double mse = value(run.out(), "mse"), loss = value(run.out(), "loss"), mae = value(run.out(), "mae");
        assertEquals(loss, mse, 1e-3 * Math.max(1, mse));
        assertTrue(mae * mae <= mse + 1e-6, run.out());
        assertTrue(value(run.out(), "r2") > 0.9, run.out());
    }

    private static int indexOf(String[] lines, String start) {
        for (int i = 0; i < lines.length; i++) if (lines[i].trim().startsWith(start)) return i;
        throw new AssertionError("no line starts with " + start);
    }

    /** The value printed by `evaluate` for a metric (its line starts with the metric's name). */
    private static double value(String out, String metric) {
        Matcher m = Pattern.compile("(?m)^  " + metric + " +(-?[0-9.]+)").matcher(out);
        List<Double> found = new ArrayList<>();
        while (m.find()) found.add(Double.parseDouble(m.group(1)));
        assertEquals(1, found.size(), out);
        return found.get(0);
    }
}
