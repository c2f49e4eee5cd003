package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadoutTest {
    private static Plan.Model model(Plan.Activation last, int outputs) {
        return new Plan.Model("m", List.of(2), List.of(new Plan.Dense(outputs, last, Double.NaN, null, null, true, null)), null);
    }

    @Test
    void aSoftmaxOutputIsReadAsProbabilities() {
        Readout r = new Readout(model(Plan.Activation.SOFTMAX, 3), Plan.Loss.CROSS_ENTROPY);
        float[] out = {0.2f, 0.7f, 0.1f};
        assertEquals(1, r.predictedClass(out, 0, 3));
        assertArrayEquals(new double[] {0.2f, 0.7f, 0.1f}, r.probabilities(out, 0, 3), 1e-9);
    }

    @Test
    void logitsTrainedWithCrossEntropyAreTurnedIntoProbabilities() {
        Readout r = new Readout(model(Plan.Activation.LINEAR, 2), Plan.Loss.CROSS_ENTROPY);
        double[] p = r.probabilities(new float[] {0f, (float) Math.log(3)}, 0, 2);
        assertArrayEquals(new double[] {0.25, 0.75}, p, 1e-6);
    }

    @Test
    void aSingleSigmoidOutputIsThresholdedAtOneHalfAndLogitsAtZero() {
        Readout probabilities = new Readout(model(Plan.Activation.SIGMOID, 1), Plan.Loss.BINARY_CROSS_ENTROPY);
        assertEquals(0, probabilities.predictedClass(new float[] {0.4f}, 0, 1));
        assertEquals(1, probabilities.predictedClass(new float[] {0.6f}, 0, 1));
        Readout logits = new Readout(model(Plan.Activation.LINEAR, 1), Plan.Loss.BINARY_CROSS_ENTROPY);
        assertEquals(1, logits.predictedClass(new float[] {0.1f}, 0, 1));
        assertEquals(0.5, logits.probabilities(new float[] {0f}, 0, 1)[1], 1e-12);
    }

    @Test
    void targetsAreOneHotForOneOutputPerClassAndTheIndexForASingleOutput() {
        Examples e = Examples.classification(new float[] {1, 2, 3, 4}, 2, new int[] {2, 0},
                List.of("a", "b"), List.of("x", "y", "z"));
        float[] oneHot = new float[6];
        Targets.write(e, 0, 3, oneHot, 0);
        Targets.write(e, 1, 3, oneHot, 1);
        assertArrayEquals(new float[] {0, 0, 1, 1, 0, 0}, oneHot);
        float[] index = new float[2];
        Targets.write(e, 0, 1, index, 1);
        assertArrayEquals(new float[] {0, 2}, index);
    }
}
