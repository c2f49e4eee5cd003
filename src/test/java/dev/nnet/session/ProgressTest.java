package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.check.Plan;
import dev.nnet.diag.SourceText;
import dev.nnet.runtime.ScreenModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `progress:` in `train`, and the terminal or not behind a session, as `nnet run` and the REPL set them. */
class ProgressTest {
    private static final String DATA = """
            dataset iris = iris() { split: {train: 0.8, test: 0.2}; normalize: standard; seed: 3 }
            model net { input 4; dense(5, activation: tanh); dense(3, activation: softmax) }
            """;

    @TempDir
    Path dir;

    /** What a fresh session printed for the script, timings masked. */
    private static String run(String script, IntSupplier terminal, Plan.Progress override) {
        return mask(raw(script, terminal, override));
    }

    private static String raw(String script, IntSupplier terminal, Plan.Progress override) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Session session = Session.forScript(new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .progress(terminal, override);
        Session.Outcome outcome = session.submit(new SourceText("t.nnet", script), Path.of("."));
        assertTrue(outcome.ok(), outcome.diagnostics().toString());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String mask(String out) {
        return out.replaceAll("\\d+\\.\\d+ (m?s)", "<t> $1");
    }

    private static String train(int epochs, String more) {
        return DATA + "train net on iris.train { loss: cross_entropy; optimizer: adam(learning_rate: 0.05); epochs: "
                + epochs + "; seed: 1" + more + " }\n";
    }

    @Test
    void linesOffATerminalAreOneLinePerEpochAndNothingElse() {
        String out = run(train(3, "; progress: lines"), null, null);
        assertEquals("""
                train net on iris.train: 120 rows, batches of 32, adam(learning_rate: 0.05), cross_entropy
                epoch 1/3  loss 0.8145  accuracy 0.8917  <t> ms
                epoch 2/3  loss 0.4503  accuracy 0.8333  <t> ms
                epoch 3/3  loss 0.3669  accuracy 0.8833  <t> ms
                trained net: 3 epochs in <t> s
                """, out);
        assertEquals(out, run(train(3, ""), null, null), "auto off a terminal is lines");
        assertEquals(out, run(train(3, "; progress: bar"), () -> 80, Plan.Progress.LINES), "the command line wins");
    }

    @Test
    void noneShowsOnlyTheSummary() {
        assertEquals("trained net: 3 epochs in <t> s\n", run(train(3, "; progress: none"), () -> 80, null));
        assertEquals("trained net: 3 epochs in <t> s\n", run(train(3, "; progress: lines"), null, Plan.Progress.NONE));
    }

    @Test
    void onATerminalTheBarIsDrawnAndTakenDownLeavingTheLinesOfLinesMode() {
        String lines = run(train(40, ""), null, null);
        for (IntSupplier terminal : List.<IntSupplier>of(() -> 64, () -> 0, () -> 120)) {
            String raw = raw(train(40, ""), terminal, null);
            assertTrue(raw.contains("\r") && raw.contains("[") && raw.contains("ETA"), "no bar was drawn:\n" + raw);
            assertFalse(raw.contains("\u001b"), "an escape sequence");
            int width = terminal.getAsInt() == 0 ? 80 : terminal.getAsInt();
            assertEquals(width > 64, raw.contains("steps/s"), "the speed shows from 70 columns");
            for (String draw : raw.split("[\r\n]")) {
                if (draw.contains("ETA")) assertTrue(draw.length() < width, "longer than the width: " + draw);
            }
            ScreenModel screen = new ScreenModel(width).write(raw);
            assertEquals(lines, mask(screen.text()), "the screen once the bar is gone");
        }
        assertTrue(raw(train(3, "; progress: bar"), null, null).contains("ETA"), "bar asked for, off a terminal");
    }

    @Test
    void epochsNotShownStillTrainTheSameAndReachTheHistoryAndEarlyStopping() throws IOException {
        String control = "; validation: iris.test; early_stopping: {monitor: \"val_loss\", patience: 500}";
        String none = run(train(150, "; progress: none; history: \"" + history("a.csv") + "\"" + control), null, null);
        String lines = run(train(150, "; progress: lines; history: \"" + history("b.csv") + "\"" + control), null,
                null);
        assertTrue(none.startsWith("trained net: 150 epochs in <t> s; keeps the weights of epoch "), none);
        assertTrue(lines.endsWith("\n" + none), "the same summary, the same kept epoch:\n" + lines + "\n" + none);
        List<String> a = rows("a.csv"), b = rows("b.csv");
        assertEquals(151, a.size());
        assertEquals(a, b, "every epoch's values, whatever is shown");
        // Past the first 100 epochs, lines are thinned (every 2nd of 150) but the last is always shown.
        assertTrue(lines.contains("epoch 100/150") && lines.contains("epoch 102/150") && lines.contains("epoch 150/150"));
        assertFalse(lines.contains("epoch 101/150"), lines);
    }

    private String history(String name) {
        return dir.resolve(name).toString().replace("\\", "/");
    }

    /** The history's rows without the seconds column. */
    private List<String> rows(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name)).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    }
}
