package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same script and seeds give bit-identical weights and output, run after run. */
class DeterminismTest {
    record Outcome(String output, List<float[]> weights) {
    }

    static Outcome run(Path script) throws Exception {
        SourceText source = ScriptFiles.read(script, script.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Session session;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            session = Session.forScript(out);
            Session.Outcome outcome = session.submit(source, script.toAbsolutePath().getParent());
            assertTrue(outcome.ok(), outcome.diagnostics().toString());
        }
        // Timings are the only thing allowed to differ between runs.
        String output = bytes.toString(StandardCharsets.UTF_8).replaceAll("\\d+\\.\\d+ m?s", "T");
        return new Outcome(output, session.interpreter().weights("net"));
    }

    @Test
    void twoRunsOfTheThreeClassExampleAreBitIdentical() throws Exception {
        Outcome first = run(Path.of("examples/iris3.nnet"));
        Outcome second = run(Path.of("examples/iris3.nnet"));
        assertEquals(first.output(), second.output());
        assertEquals(first.weights().size(), second.weights().size());
        for (int i = 0; i < first.weights().size(); i++) {
            float[] a = first.weights().get(i), b = second.weights().get(i);
            assertEquals(a.length, b.length);
            for (int j = 0; j < a.length; j++) {
                assertEquals(Float.floatToRawIntBits(a[j]), Float.floatToRawIntBits(b[j]), "parameter " + i + "[" + j + "]");
            }
        }
    }
}
