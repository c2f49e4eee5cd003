package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.SplittableRandom;
import dev.nnet.engine.EngineThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path dir;

    @Test
    void twoRunsOfTheThreeClassExampleAreBitIdentical() throws Exception {
        Outcome first = run(Path.of("examples/iris3.nnet"));
        Outcome second = run(Path.of("examples/iris3.nnet"));
        assertSameRun(first, second);
    }

    /**
     * A script whose products are large enough for the engine's second thread (128 x 200 x 256 in the
     * first layer) trains to the same bits on one thread and on two.
     */
    @Test
    void oneAndTwoEngineThreadsGiveBitIdenticalWeights() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int f = 0; f < 200; f++) csv.append('f').append(f).append(',');
        csv.append("kind\n");
        SplittableRandom random = new SplittableRandom(7);
        for (int r = 0; r < 600; r++) {
            int kind = r % 3;
            for (int f = 0; f < 200; f++) csv.append(String.format(java.util.Locale.ROOT, "%.4f,", random.nextGaussian() + (f % 3 == kind ? 1 : 0)));
            csv.append("k").append(kind).append('\n');
        }
        Files.writeString(dir.resolve("wide.csv"), csv.toString());
        Path script = Files.writeString(dir.resolve("wide.nnet"), """
                dataset wide = csv("wide.csv") { target: "kind"; split: {train: 0.8, test: 0.2}; seed: 3 }
                model net { input 200; dense(256, activation: relu); dense(3, activation: softmax) }
                train net on wide.train { loss: cross_entropy; optimizer: adam(learning_rate: 0.001); epochs: 3; batch_size: 128 }
                evaluate net on wide.test
                """);
        int before = EngineThreads.count();
        EngineThreads.awaitFastKernels(); // before, products run on the plain kernel and one thread
        try {
            EngineThreads.setCount(1);
            long shared = EngineThreads.productsShared();
            Outcome one = run(script);
            assertEquals(shared, EngineThreads.productsShared(), "one thread must not share a product");
            EngineThreads.setCount(2);
            Outcome two = run(script);
            assertTrue(EngineThreads.productsShared() > shared, "two threads must share the large products");
            assertSameRun(one, two);
        } finally {
            EngineThreads.setCount(before);
        }
    }

    private static void assertSameRun(Outcome first, Outcome second) {
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
