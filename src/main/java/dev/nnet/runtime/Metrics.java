package dev.nnet.runtime;

import dev.nnet.data.Examples;

/** Measures of a model's outputs against a set of examples. */
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
}
