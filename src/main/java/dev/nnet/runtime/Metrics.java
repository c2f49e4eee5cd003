package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;

/**
 * Measures of a model's outputs against a set of examples. The formulas are sklearn's: macro
 * averages weigh every class alike, a class never predicted has precision 0, ROC AUC is the
 * Mann-Whitney statistic (ties count one half), one-vs-rest and macro-averaged for several classes.
 */
final class Metrics {
    private Metrics() {
    }

    /** How many rows the model classifies right. */
    static int correct(Readout readout, float[] outputs, int width, Examples examples) {
        int correct = 0;
        int[] labels = examples.labels();
        for (int r = 0; r < examples.count(); r++) {
            if (readout.predictedClass(outputs, r, width) == labels[r]) correct++;
        }
        return correct;
    }

    /** Counts of (true class, predicted class) pairs; rows are true classes. */
    record Confusion(long[][] counts) {
        int classes() {
            return counts.length;
        }

        long total() {
            long t = 0;
            for (long[] row : counts) for (long c : row) t += c;
            return t;
        }

        long right() {
            long t = 0;
            for (int c = 0; c < counts.length; c++) t += counts[c][c];
            return t;
        }

        double accuracy() {
            return (double) right() / total();
        }

        long support(int c) {
            long s = 0;
            for (long v : counts[c]) s += v;
            return s;
        }

        long predicted(int c) {
            long s = 0;
            for (long[] row : counts) s += row[c];
            return s;
        }

        double precision(int c) {
            long p = predicted(c);
            return p == 0 ? 0 : (double) counts[c][c] / p;
        }

        double recall(int c) {
            long s = support(c);
            return s == 0 ? 0 : (double) counts[c][c] / s;
        }

        double f1(int c) {
            double p = precision(c), r = recall(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double macro(Plan.Metric metric) {
            double sum = 0;
            for (int c = 0; c < counts.length; c++) {
                sum += switch (metric) {
                    case PRECISION -> precision(c);
                    case RECALL -> recall(c);
                    case F1 -> f1(c);
                    default -> throw new IllegalArgumentException(metric + " is not averaged over classes");
                };
            }
            return sum / counts.length;
        }
    }

    static Confusion confusion(int[] labels, int[] predicted, int classes) {
        long[][] counts = new long[classes][classes];
        for (int r = 0; r < labels.length; r++) counts[labels[r]][predicted[r]]++;
        return new Confusion(counts);
    }

    /**
     * The area under the ROC curve of {@code score} for telling positive rows from the others: the
     * chance that a random positive scores above a random negative, ties counting one half. NaN
     * when there are no positives or no negatives.
     */
    static double rocAuc(boolean[] positive, double[] score) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        // Sum of the (average, 1-based) ranks of the positives among all scores.
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) j++;
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) return Double.NaN;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * ROC AUC of class probabilities: for two classes, that of the second class's probability; for
     * more, the mean over classes of one-vs-rest AUCs, leaving out classes absent from the labels.
     */
    static double rocAuc(int[] labels, double[][] probabilities, int classes) {
        if (classes == 2) return rocAuc(column(labels, probabilities, 1), scores(probabilities, 1));
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < classes; c++) {
            double auc = rocAuc(column(labels, probabilities, c), scores(probabilities, c));
            if (!Double.isNaN(auc)) {
                sum += auc;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    private static boolean[] column(int[] labels, double[][] probabilities, int c) {
        boolean[] positive = new boolean[labels.length];
        for (int r = 0; r < labels.length; r++) positive[r] = labels[r] == c;
        return positive;
    }

    private static double[] scores(double[][] probabilities, int c) {
        double[] s = new double[probabilities.length];
        for (int r = 0; r < s.length; r++) s[r] = probabilities[r][c];
        return s;
    }

    /** Mean squared error of the first output of each row against a real target. */
    static double mse(float[] outputs, int width, float[] y) {
        double sum = 0;
        for (int r = 0; r < y.length; r++) {
            double d = outputs[r * width] - (double) y[r];
            sum += d * d;
        }
        return sum / y.length;
    }

    static double mae(float[] outputs, int width, float[] y) {
        double sum = 0;
        for (int r = 0; r < y.length; r++) sum += Math.abs(outputs[r * width] - (double) y[r]);
        return sum / y.length;
    }

    /** The coefficient of determination, 1 - SS_res / SS_tot; NaN when the target does not vary. */
    static double r2(float[] outputs, int width, float[] y) {
        double mean = 0;
        for (float v : y) mean += v;
        mean /= y.length;
        double residual = 0, total = 0;
        for (int r = 0; r < y.length; r++) {
            double d = outputs[r * width] - (double) y[r];
            double t = y[r] - mean;
            residual += d * d;
            total += t * t;
        }
        return total == 0 ? Double.NaN : 1 - residual / total;
    }
}
