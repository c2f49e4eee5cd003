package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `lr_schedule` and `clip_grad_norm` in `train`, run through a session as a script runs. */
class TrainingControlTest {
    private static final String DATA = """
            dataset iris = iris() { split: {train: 0.8, test: 0.2}; normalize: standard; seed: 3 }
            model net { input 4; dense(5, activation: tanh); dense(3, activation: softmax) }
            """;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Session session = Session.forScript(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private String submit(String text) {
        bytes.reset();
        Session.Outcome outcome = session.submit(new SourceText("t.nnet", text), Path.of("."));
        assertTrue(outcome.ok(), outcome.diagnostics().toString());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<Double> rates(String out) {
        List<Double> rates = new ArrayList<>();
        Matcher m = Pattern.compile("  lr ([0-9.E-]+)  ").matcher(out);
        while (m.find()) rates.add(Double.parseDouble(m.group(1)));
        return rates;
    }

    private void assertRates(String schedule, int epochs, java.util.function.IntToDoubleFunction expected) {
        session.reset();
        String out = submit(DATA + "train net on iris.train { loss: cross_entropy; optimizer: sgd(learning_rate: 0.2); "
                + "epochs: " + epochs + "; lr_schedule: " + schedule + " }\n");
        List<Double> rates = rates(out);
        assertEquals(epochs, rates.size(), out);
        for (int e = 0; e < epochs; e++) {
            double want = expected.applyAsDouble(e);
            assertEquals(want, rates.get(e), want * 5e-4, schedule + " at epoch " + e + "\n" + out);
        }
    }

    @Test
    void eachScheduleGivesItsClosedFormRateEveryEpoch() {
        assertRates("step_decay(every: 3, gamma: 0.5)", 7, e -> 0.2 * Math.pow(0.5, e / 3));
        assertRates("exponential(gamma: 0.8)", 5, e -> 0.2 * Math.pow(0.8, e));
        assertRates("cosine(period: 4, min_rate: 0.02)", 6, e -> 0.02 + 0.18 * (1 + Math.cos(Math.PI * e / 4)) / 2);
        // Without a period, cosine anneals over the block's epochs.
        assertRates("cosine", 5, e -> 0.2 * (1 + Math.cos(Math.PI * e / 5)) / 2);
        assertRates("warmup(epochs: 4, start_factor: 0.25)", 6, e -> 0.2 * (0.25 + 0.75 * Math.min(e, 4) / 4));
    }

    @Test
    void reduceOnPlateauHalvesTheRateAfterAnEpochWithoutImprovement() {
        // A learning rate this small changes the loss too little to count as better (threshold 0.5).
        String out = submit(DATA + "train net on iris.train { loss: cross_entropy; optimizer: sgd(learning_rate: 0.001); "
                + "epochs: 5; lr_schedule: reduce_on_plateau(monitor: \"loss\", factor: 0.5, patience: 0, "
                + "threshold: 0.5) }\n");
        // Epoch 1 sets the best; each later epoch fails to beat it by half, so the rate halves each time.
        assertEquals(List.of(0.001, 0.001, 0.0005, 0.00025, 0.000125), rates(out), out);
    }

    private List<float[]> weights() {
        return session.interpreter().weights("net");
    }

    @Test
    void clippingCapsTheLengthOfEachStep() {
        // `predict` draws the weights (seed 0, as the train's default seed) before training.
        submit(DATA + "predict net on [5.1, 3.5, 1.4, 0.2]\n");
        List<float[]> before = weights();
        submit("train net on iris.train { loss: cross_entropy; optimizer: sgd(learning_rate: 0.5); epochs: 1; "
                + "batch_size: full; clip_grad_norm: 0.01 }\n");
        List<float[]> after = weights();
        double squares = 0;
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < before.get(i).length; j++) {
                double d = after.get(i)[j] - (double) before.get(i)[j];
                squares += d * d;
            }
        }
        // One plain SGD step moves the weights by lr * (clipped gradient): at most 0.5 * 0.01.
        double step = Math.sqrt(squares);
        assertTrue(step > 0 && step <= 0.5 * 0.01 * (1 + 1e-4), "step of length " + step);
    }

    @Test
    void aNormNeverReachedChangesNothingAndASmallOneDoes() {
        String train = "train net on iris.train { loss: cross_entropy; optimizer: adam(learning_rate: 0.01); epochs: 3";
        submit(DATA + train + " }\n");
        List<float[]> plain = weights();
        session.reset();
        submit(DATA + train + "; clip_grad_norm: 1000000 }\n");
        List<float[]> huge = weights();
        session.reset();
        submit(DATA + train + "; clip_grad_norm: 0.001 }\n");
        List<float[]> small = weights();
        for (int i = 0; i < plain.size(); i++) {
            assertTrue(Arrays.equals(plain.get(i), huge.get(i)), "parameter " + i);
        }
        assertNotEquals(Arrays.toString(plain.get(0)), Arrays.toString(small.get(0)));
    }
}
