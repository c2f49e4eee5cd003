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
}
