package dev.nnet.runtime;

import dev.nnet.check.Plan;

/**
 * Reads a network's output as classes and probabilities. A model that ends in softmax (or sigmoid)
 * already gives probabilities; one trained with cross-entropy without it gives logits, which are
 * turned into probabilities here, the same way the fused loss saw them in training.
 */
final class Readout {
    private final boolean givesProbabilities;
    private final boolean logits;
    private final boolean logProbabilities;

    Readout(Plan.Model model, Plan.Loss loss) {
        Plan.Activation last = model.finalActivation();
        givesProbabilities = last == Plan.Activation.SOFTMAX || last == Plan.Activation.SIGMOID;
        logProbabilities = last == Plan.Activation.LOG_SOFTMAX;
        logits = !givesProbabilities && (loss == Plan.Loss.CROSS_ENTROPY || loss == Plan.Loss.BINARY_CROSS_ENTROPY);
    }

    int predictedClass(float[] out, int row, int width) {
        int at = row * width;
        if (width == 1) return out[at] >= (logits ? 0f : 0.5f) ? 1 : 0;
        int best = 0;
        for (int c = 1; c < width; c++) if (out[at + c] > out[at + best]) best = c;
        return best;
    }

    /** One probability per class (two for a single-output network). */
    double[] probabilities(float[] out, int row, int width) {
        int at = row * width;
        if (width == 1) {
            double p = logits ? 1 / (1 + StrictMath.exp(-out[at])) : Math.min(1, Math.max(0, out[at]));
            return new double[] {1 - p, p};
        }
        double[] p = new double[width];
        if (logProbabilities) {
            for (int c = 0; c < width; c++) p[c] = StrictMath.exp(out[at + c]);
            return p;
        }
        if (!logits) {
            for (int c = 0; c < width; c++) p[c] = out[at + c];
            return p;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < width; c++) max = Math.max(max, out[at + c]);
        double sum = 0;
        for (int c = 0; c < width; c++) sum += p[c] = StrictMath.exp(out[at + c] - max);
        for (int c = 0; c < width; c++) p[c] /= sum;
        return p;
    }
}
