package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.check.Plan;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The metrics against small cases worked out by hand, and against the definitions written out
 * plainly here (counts of true and false positives; every positive-negative pair for ROC AUC).
 */
class MetricsTest {
    // Three classes, seven rows: class 0 is right once, class 1 twice, class 2 twice.
    private static final int[] LABELS = {0, 0, 1, 1, 2, 2, 2};
    private static final int[] PREDICTED = {0, 1, 1, 1, 2, 0, 2};

    @Test
    void precisionRecallAndF1MatchTheHandWorkedCase() {
        Metrics.Confusion c = Metrics.confusion(LABELS, PREDICTED, 3);
        // class 0: tp 1, fp 1 (row 5), fn 1 -> 1/2, 1/2; class 1: tp 2, fp 1, fn 0 -> 2/3, 1;
        // class 2: tp 2, fp 0, fn 1 -> 1, 2/3.
        assertEquals(0.5, c.precision(0), 1e-12);
        assertEquals(2.0 / 3, c.precision(1), 1e-12);
        assertEquals(1.0, c.precision(2), 1e-12);
        assertEquals(0.5, c.recall(0), 1e-12);
        assertEquals(1.0, c.recall(1), 1e-12);
        assertEquals(2.0 / 3, c.recall(2), 1e-12);
        assertEquals(0.8, c.f1(1), 1e-12);
        assertEquals((0.5 + 2.0 / 3 + 1) / 3, c.macro(Plan.Metric.PRECISION), 1e-12);
        assertEquals((0.5 + 0.8 + 0.8) / 3, c.macro(Plan.Metric.F1), 1e-12);
        assertEquals(5.0 / 7, c.accuracy(), 1e-12);
        assertEquals(1, c.counts()[2][0]);
        assertEquals(3, c.support(2));
    }

    @Test
    void theConfusionMatrixAgreesWithCountsOfTrueAndFalsePositivesOnRandomCases() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int classes = 2 + random.nextInt(4);
            int n = 1 + random.nextInt(40);
            int[] labels = new int[n], predicted = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(classes);
                predicted[i] = random.nextInt(4) == 0 ? random.nextInt(classes) : labels[i];
            }
            Metrics.Confusion c = Metrics.confusion(labels, predicted, classes);
            double f1Sum = 0;
            for (int k = 0; k < classes; k++) {
                int tp = 0, fp = 0, fn = 0;
                for (int i = 0; i < n; i++) {
                    if (predicted[i] == k && labels[i] == k) tp++;
                    if (predicted[i] == k && labels[i] != k) fp++;
                    if (predicted[i] != k && labels[i] == k) fn++;
                }
                double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
                double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
                double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
                assertEquals(p, c.precision(k), 1e-12);
                assertEquals(r, c.recall(k), 1e-12);
                assertEquals(f1, c.f1(k), 1e-12);
                f1Sum += f1;
            }
            assertEquals(f1Sum / classes, c.macro(Plan.Metric.F1), 1e-12);
        }
    }

    @Test
    void rocAucOfTheTextbookCase() {
        // Positives score 0.35 and 0.8, negatives 0.1 and 0.4: 3 of the 4 pairs are ordered right.
        assertEquals(0.75, Metrics.rocAuc(new boolean[] {false, false, true, true}, new double[] {0.1, 0.4, 0.35, 0.8}),
                1e-12);
        // A tie between a positive and a negative counts one half: (0.5 + 1 + 1 + 1) / 4.
        assertEquals(0.875, Metrics.rocAuc(new boolean[] {false, true, false, true}, new double[] {0.5, 0.5, 0.2, 0.9}),
                1e-12);
        assertTrue(Double.isNaN(Metrics.rocAuc(new boolean[] {true, true}, new double[] {0.1, 0.2})));
    }

    @Test
    void rocAucIsTheShareOfPositiveNegativePairsOrderedRightOnRandomCases() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(30);
            boolean[] positive = new boolean[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                positive[i] = random.nextBoolean();
                score[i] = random.nextInt(6) / 5.0; // few distinct values, so ties happen
            }
            double pairs = 0, right = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (!positive[i] || positive[j]) continue;
                    pairs++;
                    right += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
                }
            }
            double expected = pairs == 0 ? Double.NaN : right / pairs;
            assertEquals(expected, Metrics.rocAuc(positive, score), 1e-12);
        }
    }

    @Test
    void severalClassesAverageTheOneVsRestAucs() {
        int[] labels = {0, 1, 2, 2};
        double[][] p = {{0.8, 0.1, 0.1}, {0.3, 0.4, 0.3}, {0.5, 0.2, 0.3}, {0.1, 0.1, 0.8}};
        // class 0: positive 0.8 beats 0.3, 0.5, 0.1 -> 1. class 1: positive 0.4 beats 0.1, 0.2, 0.1 -> 1.
        // class 2: positives 0.3 and 0.8 against negatives 0.1 and 0.3: 0.3>0.1, tie, 0.8>both -> 3.5/4.
        assertEquals((1 + 1 + 0.875) / 3, Metrics.rocAuc(labels, p, 3), 1e-12);
        // Two classes: the AUC of the second class's probability alone.
        assertEquals(1.0, Metrics.rocAuc(new int[] {0, 1}, new double[][] {{0.7, 0.3}, {0.2, 0.8}}, 2), 1e-12);
    }

    @Test
    void regressionMetricsMatchTheHandWorkedCase() {
        float[] y = {1, 2, 3};
        // Outputs 2, 2, 2: errors -1, 0, 1; the mean of y is 2, so SS_tot = 2 = SS_res.
        float[] flat = {2, 2, 2};
        assertEquals(2.0 / 3, Metrics.mse(flat, 1, y), 1e-12);
        assertEquals(2.0 / 3, Metrics.mae(flat, 1, y), 1e-12);
        assertEquals(0.0, Metrics.r2(flat, 1, y), 1e-12);
        // Outputs 1, 2, 4: one error of 1, so SS_res = 1 and r2 = 1 - 1/2.
        float[] close = {1, 2, 4};
        assertEquals(1.0 / 3, Metrics.mse(close, 1, y), 1e-12);
        assertEquals(0.5, Metrics.r2(close, 1, y), 1e-12);
        assertTrue(Double.isNaN(Metrics.r2(close, 1, new float[] {5, 5, 5})));
    }
}
