package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnet.ast.Span;
import dev.nnet.check.Plan;
import dev.nnet.data.Examples;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A set larger than one chunk gives the outputs and the loss of its rows passed one by one. */
class InferenceTest {

    @Test
    void aSetPassedInChunksGivesEveryRowItsOwnOutputAndTheMeanLoss() {
        Plan.Model plan = new Plan.Model("net", List.of(3), List.of(
                new Plan.Dense(5, Plan.Activation.TANH, Double.NaN, null, null, true, new Span(0, 1, 3, 5)),
                new Plan.Dense(2, Plan.Activation.SOFTMAX, Double.NaN, null, null, true, new Span(2, 3, 4, 5))), null);
        ModelState model = new ModelState(plan, def -> null);
        model.network(7);
        model.loss = Plan.Loss.CROSS_ENTROPY;
        int rows = 2 * Inference.CHUNK + 37; // two whole chunks and a short one
        Random random = new Random(3);
        float[] x = new float[rows * 3];
        int[] labels = new int[rows];
        for (int i = 0; i < x.length; i++) x[i] = (float) random.nextGaussian();
        for (int r = 0; r < rows; r++) labels[r] = random.nextInt(2);
        Examples all = Examples.classification(x, 3, labels, List.of("a", "b", "c"), List.of("no", "yes"));
        Inference chunked = new Inference(model, all);
        chunked.run();
        float[] outputs = chunked.outputs();
        assertEquals(rows * 2, outputs.length);
        double lossSum = 0;
        for (int r = 0; r < rows; r += 97) { // a sample of rows, in every chunk
            Inference one = new Inference(model, all.select(new int[] {r}));
            one.run();
            assertArrayEquals(one.outputs(), java.util.Arrays.copyOfRange(outputs, 2 * r, 2 * r + 2), "row " + r);
        }
        for (int start = 0; start < rows; start += Inference.CHUNK) {
            int n = Math.min(Inference.CHUNK, rows - start);
            int[] part = new int[n];
            for (int i = 0; i < n; i++) part[i] = start + i;
            Inference piece = new Inference(model, all.select(part));
            piece.run();
            lossSum += piece.loss() * n;
        }
        assertEquals(lossSum / rows, chunked.loss(), 1e-12);
    }
}
