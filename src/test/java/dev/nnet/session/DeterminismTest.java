package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.check.CheckResult;
import dev.nnet.diag.SourceText;
import dev.nnet.runtime.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same script and seeds give bit-identical weights and output, run after run. */
class DeterminismTest {
    record Outcome(String output, List<float[]> weights) {
    }

    static Outcome run(Path script) throws Exception {
        SourceText source = ScriptFiles.read(script, script.toString());
        Session session = new Session();
        CheckResult checked = session.check(source, script.toAbsolutePath().getParent());
        assertTrue(checked.ok(), checked.diagnostics().toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Interpreter> interpreters = new ArrayList<>();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertEquals(List.of(), session.run(checked.plan(), source, out, interpreters));
        }
        // Timings are the only thing allowed to differ between runs.
        String output = bytes.toString(StandardCharsets.UTF_8).replaceAll("\\d+\\.\\d+ m?s", "T");
        return new Outcome(output, interpreters.get(0).weights("net"));
    }

    @Test
    void twoRunsOfTheThreeClassExampleAreBitIdentical() throws Exception {
        Outcome first = run(Path.of("examples/iris3.nnet"));
        Outcome second = run(Path.of("examples/iris3.nnet"));
        assertEquals(first.output(), second.output());
        assertEquals(first.weights().size(), second.weights().size());
        for (int i = 0; i < first.weights().size(); i++) {
            assertArrayEquals(first.weights().get(i), second.weights().get(i), 0f, "parameter " + i);
        }
    }
}
