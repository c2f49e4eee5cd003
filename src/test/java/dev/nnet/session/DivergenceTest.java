package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A training that diverges deterministically stops with where, when and the last good loss, and keeps good weights. */
class DivergenceTest {
    // exp of a growing pre-activation overflows a float within a few steps of this learning rate.
    private static final String SCRIPT = """
            def blow(x) = exp(x)
            dataset iris = iris() { split: {train: 0.8, test: 0.2}; seed: 1 }
            model net { input 4; dense(8, activation: blow); dense(3) }
            train net on iris.train { loss: mse; optimizer: sgd(learning_rate: 1); epochs: 50 }
            """;

    private record Outcome(Diagnostic problem, List<float[]> weights) {
    }

    private static Outcome run() {
        Session session = Session.forScript(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Session.Outcome outcome = session.submit(new SourceText("d.nnet", SCRIPT), Path.of("."));
        assertFalse(outcome.ok());
        List<Diagnostic> problems = outcome.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.E0601).toList();
        assertEquals(1, problems.size(), outcome.diagnostics().toString());
        return new Outcome(problems.get(0), session.interpreter().weights("net"));
    }

    @Test
    void theDivergenceNamesTheDefItsLineTheEpochTheBatchAndTheLastGoodLoss() {
        Outcome first = run();
        String message = first.problem().message();
        assertTrue(message.matches("training diverged: the loss became (NaN|infinite) at epoch \\d+, batch \\d+, first in "
                + "the output of the `def blow` \\(line 1\\) used as the activation of `dense\\(8\\)` \\(line 3\\); "
                + "the last good loss was [0-9.e+]+, and net keeps the weights from before this step"), message);
        assertEquals(4, first.problem().span().line(), "shown at the train statement");
        // The failing step was not taken: every weight kept is a finite number.
        for (float[] w : first.weights()) for (float v : w) assertTrue(Float.isFinite(v));
        // And it is deterministic: the same message and the same kept weights, bit for bit.
        Outcome second = run();
        assertEquals(message, second.problem().message());
        for (int i = 0; i < first.weights().size(); i++) {
            assertTrue(java.util.Arrays.equals(first.weights().get(i), second.weights().get(i)));
        }
    }

    /** The history file gets every epoch that finished before the failing step, though it is written once a second. */
    @Test
    void theHistoryHoldsEveryEpochBeforeTheDivergence(@TempDir Path dir) throws java.io.IOException {
        Path csv = dir.resolve("run.csv");
        // A smaller rate on the whole set at once: the loss blows up in the third epoch, not the first.
        String script = SCRIPT.replace("learning_rate: 1", "learning_rate: 0.003").replace("epochs: 50 }",
                "epochs: 50; batch_size: full; history: \"" + csv.toString().replace("\\", "/") + "\" }");
        Session session = Session.forScript(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Session.Outcome outcome = session.submit(new SourceText("d.nnet", script), Path.of("."));
        assertFalse(outcome.ok());
        String message = outcome.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.E0601).findFirst()
                .orElseThrow().message();
        java.util.regex.Matcher epoch = java.util.regex.Pattern.compile("at epoch (\\d+)").matcher(message);
        assertTrue(epoch.find(), message);
        assertTrue(java.nio.file.Files.exists(csv), message);
        List<String> rows = java.nio.file.Files.readAllLines(csv);
        assertEquals(Integer.parseInt(epoch.group(1)), rows.size(), "the header and one row per finished epoch:\n" + rows);
        assertTrue(rows.size() > 2, "the run should diverge after a few epochs: " + message);
    }
}
