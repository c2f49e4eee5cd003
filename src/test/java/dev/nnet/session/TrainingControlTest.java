package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static final String VALIDATED = """
            dataset iris = iris() { split: {train: 0.7, validation: 0.15, test: 0.15}; normalize: standard; seed: 5 }
            model net { input 4; dense(8, activation: relu); dense(3, activation: softmax) }
            """;

    private static List<Double> valLosses(String out) {
        List<Double> losses = new ArrayList<>();
        Matcher m = Pattern.compile("  val_loss ([0-9.]+)  ").matcher(out);
        while (m.find()) losses.add(Double.parseDouble(m.group(1)));
        return losses;
    }

    private double evaluatedValidationLoss() {
        String out = submit("evaluate net on iris.validation { metrics: [loss] }\n");
        Matcher m = Pattern.compile("loss +([0-9.]+)").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void earlyStoppingStopsAfterPatienceEpochsWithoutImprovementAndKeepsTheBestWeights() {
        String train = "train net on iris.train { loss: cross_entropy; optimizer: adam(learning_rate: 0.05); epochs: 200; "
                + "validation: iris.validation";
        String out = submit(VALIDATED + train + "; early_stopping: {monitor: \"val_loss\", patience: 3} }\n");
        List<Double> losses = valLosses(out);
        // The best epoch is the first with the smallest validation loss; training ran exactly 3 more.
        int best = 0;
        for (int e = 1; e < losses.size(); e++) if (losses.get(e) < losses.get(best)) best = e;
        assertTrue(losses.size() < 200, out);
        assertEquals(best + 1 + 3, losses.size(), out);
        assertTrue(out.contains("keeps the weights of epoch " + (best + 1) + ","), out);
        // The model measured afresh has the best epoch's validation loss, not the last one's.
        assertEquals(losses.get(best), evaluatedValidationLoss(), 1e-4);
        assertNotEquals(losses.get(losses.size() - 1), losses.get(best));

        // The same training without early stopping goes through the same epochs: stopping only cuts it short.
        session.reset();
        List<Double> full = valLosses(submit(VALIDATED + train.replace("epochs: 200", "epochs: " + losses.size())
                + " }\n"));
        assertEquals(losses, full);
        // With `restore: last` the model keeps the last epoch's weights.
        session.reset();
        String last = submit(VALIDATED + train + "; early_stopping: {patience: 3, restore: last} }\n");
        List<Double> lastLosses = valLosses(last);
        assertEquals(losses, lastLosses);
        assertEquals(lastLosses.get(lastLosses.size() - 1), evaluatedValidationLoss(), 1e-4);
    }

    @Test
    void aMinDeltaTooLargeToReachStopsAfterThePatience() {
        String out = submit(VALIDATED + "train net on iris.train { loss: cross_entropy; optimizer: adam(learning_rate: "
                + "0.01); epochs: 50; validation: iris.validation; metrics: [loss, accuracy]; "
                + "early_stopping: {monitor: \"val_accuracy\", patience: 2, min_delta: 2} }\n");
        // Accuracy cannot rise by 2: epoch 1 is the best, and epochs 2 and 3 use up the patience.
        assertEquals(3, valLosses(out).size(), out);
        assertTrue(out.contains("trained net: 3 of 50 epochs") && out.contains("keeps the weights of epoch 1,"), out);
    }

    @org.junit.jupiter.api.io.TempDir
    Path temp;

    @Test
    void theHistoryHasOneRowPerEpochWithThePrintedValuesAndTheRate() throws Exception {
        Path csv = temp.resolve("run.csv");
        String out = submit(VALIDATED + "train net on iris.train { loss: cross_entropy; optimizer: sgd(learning_rate: "
                + "0.1); epochs: 4; validation: iris.validation; metrics: [loss, accuracy, f1]; lr_schedule: "
                + "exponential(gamma: 0.5); history: \"" + csv.toString().replace("\\", "/") + "\" }\n");
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals("epoch,loss,accuracy,f1,val_loss,val_accuracy,val_f1,lr,seconds", lines.get(0));
        assertEquals(5, lines.size(), String.join("\n", lines));
        List<String> printed = out.lines().filter(l -> l.startsWith("epoch ")).toList();
        String[] names = lines.get(0).split(",");
        for (int e = 1; e <= 4; e++) {
            String[] cells = lines.get(e).split(",");
            assertEquals(String.valueOf(e), cells[0]);
            // Every value the epoch line prints (to 4 decimals) is the row's value rounded.
            for (int c = 1; c < names.length - 2; c++) {
                String shown = String.format(java.util.Locale.ROOT, " %s %.4f ", names[c], Double.parseDouble(cells[c]));
                assertTrue(printed.get(e - 1).contains(shown), shown + " in " + printed.get(e - 1));
            }
            assertEquals(0.1 * Math.pow(0.5, e - 1), Double.parseDouble(cells[names.length - 2]), 1e-12);
        }
        assertFalse(java.nio.file.Files.exists(temp.resolve("run.csv.tmp")), "the temporary file is moved away");
    }
}
