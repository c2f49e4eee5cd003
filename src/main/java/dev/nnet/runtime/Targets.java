package dev.nnet.runtime;

import dev.nnet.data.Examples;

/**
 * What the network is trained to output for each row: one-hot rows when it has one output per
 * class, the class index (0 or 1) when it has a single output, the value itself for a real target.
 */
final class Targets {
    private Targets() {
    }

    static void write(Examples examples, int row, int outputWidth, float[] dest, int destRow) {
        int at = destRow * outputWidth;
        if (!examples.isClassification()) {
            dest[at] = examples.y()[row];
            return;
        }
        int label = examples.labels()[row];
        if (outputWidth == 1) {
            dest[at] = label;
            return;
        }
        for (int c = 0; c < outputWidth; c++) dest[at + c] = c == label ? 1f : 0f;
    }
}
