package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.SourceText;
import dev.nnet.modelfile.SafetensorsReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `save` then `model m = load(...)` gives back the same model, bit for bit: the same weights and the
 * same predictions; and the reference safetensors implementation reads what NNet writes.
 */
class ModelFileTest {
    @TempDir
    Path dir;

    private static final String DATASET = """
            dataset iris = csv("iris.csv") {
                target:    "species"
                normalize: standard
                split:     {train: 0.7, test: 0.3}
                seed:      42
            }
            """;

    @BeforeEach
    void data() throws IOException {
        Files.copy(Path.of("examples/data/iris.csv"), dir.resolve("iris.csv"));
    }

    record Run(Session session, String output) {
    }

    private Run run(String script) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Session session;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            session = Session.forScript(out);
            Session.Outcome outcome = session.submit(new SourceText("test.nnet", script), dir);
            assertTrue(outcome.ok(), outcome.diagnostics().toString());
        }
        return new Run(session, bytes.toString(StandardCharsets.UTF_8));
    }

    private Run trainAndSave(String layers) {
        return run(DATASET + "model net {\n    input 4\n" + layers + "}\n" + """
                train net on iris.train {
                    loss:      cross_entropy
                    optimizer: adam(learning_rate: 0.01)
                    epochs:    15
                    seed:      7
                }
                save net to "net.safetensors"
                predict net on iris.test to "before.csv"
                """);
    }

    private static void assertBitIdentical(List<float[]> expected, List<float[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            float[] a = expected.get(i);
            float[] b = actual.get(i);
            assertEquals(a.length, b.length, "parameter " + i);
            for (int j = 0; j < a.length; j++) {
                assertEquals(Float.floatToRawIntBits(a[j]), Float.floatToRawIntBits(b[j]), "parameter " + i + "[" + j + "]");
            }
        }
    }

    @Test
    void saveThenLoadGivesTheSameWeightsAndPredictions() throws IOException {
        Run saved = trainAndSave("""
                    dense(8, activation: relu)
                    dropout(0.1)
                    layer_norm
                    dense(6, activation: tanh)
                    batch_norm
                    dense(3, activation: softmax)
                """);
        Run loaded = run(DATASET + """
                model net = load("net.safetensors")
                predict net on iris.test to "after.csv"
                print net
                """);
        assertBitIdentical(saved.session().interpreter().weights("net"), loaded.session().interpreter().weights("net"));
        String before = Files.readString(dir.resolve("before.csv"));
        assertEquals(46, before.lines().count(), "a header and 45 test rows");
        assertEquals(before, Files.readString(dir.resolve("after.csv")));
        assertTrue(loaded.output().contains("net: Model[4 -> 8 -> 6 -> 3]"), loaded.output());
    }

    @Test
    void aLoadedModelPredictsItsOwnWayOnDataNormalisedOtherwise() throws IOException {
        trainAndSave("    dense(3, activation: softmax)\n");
        // The same rows, not normalised by the dataset: the model normalises them with its own statistics.
        run("""
                dataset raw = csv("iris.csv") { target: "species"; normalize: none; split: {train: 0.7, test: 0.3}; seed: 42 }
                model net = load("net.safetensors")
                predict net on raw.test to "after.csv"
                """);
        List<String> before = Files.readAllLines(dir.resolve("before.csv"));
        List<String> after = Files.readAllLines(dir.resolve("after.csv"));
        assertEquals(before.size(), after.size());
        for (int r = 1; r < before.size(); r++) {
            String[] a = before.get(r).split(",");
            String[] b = after.get(r).split(",");
            assertEquals(a[0], b[0], "row " + r);
            for (int c = 1; c < a.length; c++) {
                assertEquals(Double.parseDouble(a[c]), Double.parseDouble(b[c]), 1e-5, "row " + r);
            }
        }
    }

    @Test
    void summaryShowsTheLayersOfAModelAndOfTheModelLoadedFromItsFile() {
        Run saved = trainAndSave("""
                    dense(8, activation: relu)
                    batch_norm
                    dense(3, activation: softmax)
                """);
        String table = String.join("\n",
                "net: Model[4 -> 8 -> 3]",
                "  layer                           output shape   parameters",
                "  input 4                         Tensor[B, 4]            0",
                "  dense(8, activation: relu)      Tensor[B, 8]           40",
                "  batch_norm                      Tensor[B, 8]           16",
                "  dense(3, activation: softmax)   Tensor[B, 3]           27",
                "  total                                                  83");
        Run loaded = run("model net = load(\"net.safetensors\")\nsummary net\n");
        assertEquals(table + "\n", loaded.output().replace("\r\n", "\n"));
        Run block = run("model net {\n    input 4\n    dense(8, activation: relu)\n    batch_norm\n"
                + "    dense(3, activation: softmax)\n}\nsummary net\n");
        assertEquals(table + "\n", block.output().replace("\r\n", "\n"));
        assertTrue(saved.output().contains("45 rows written"), saved.output());
    }

    @Test
    void theFileRecordsWhereTheModelCameFrom() throws Exception {
        trainAndSave("    dense(3, activation: softmax)\n");
        var meta = SafetensorsReader.header(dir.resolve("net.safetensors")).metadata();
        assertEquals("7", meta.get("nnet.seed"));
        assertEquals("[\"setosa\",\"versicolor\",\"virginica\"]", meta.get("nnet.classes"));
        assertEquals("cross_entropy", meta.get("nnet.loss"));
        assertEquals(64, meta.get("nnet.script_sha256").length());
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        assertEquals(java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(dir.resolve("iris.csv")))),
                meta.get("nnet.data_sha256"));
    }

    /** The Python with PyTorch and the reference safetensors package, or null. */
    private static String referencePython() {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import torch, safetensors.torch").redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) return python;
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }

    @Test
    void theReferenceImplementationReadsWhatNNetWrites() throws Exception {
        String python = referencePython();
        Assumptions.assumeTrue(python != null, "skipped: no python3 with torch and the reference safetensors package "
                + "(.ci/run installs python3-torch from Debian and safetensors from a local wheel when it can)");
        Run saved = trainAndSave("""
                    dense(8, activation: relu)
                    batch_norm
                    dense(6, activation: gelu)
                    layer_norm
                    dense(3, activation: softmax)
                """);
        run(DATASET + """
                dataset all = csv("iris.csv") { target: "species"; normalize: none }
                model net = load("net.safetensors")
                predict net on all to "all.csv"
                """);
        Process p = new ProcessBuilder(python, "src/test/resources/modelfile/reference/check_with_torch.py",
                dir.resolve("net.safetensors").toString(), dir.resolve("iris.csv").toString(),
                dir.resolve("all.csv").toString(), dir.resolve("torch.safetensors").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python did not finish");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.startsWith("ok 150 rows, 12 tensors"), output);

        // What the reference wrote, NNet reads back to the same bits.
        Run again = run(DATASET + "model net = load(\"torch.safetensors\")\nprint net\n");
        assertBitIdentical(saved.session().interpreter().weights("net"), again.session().interpreter().weights("net"));
        SafetensorsReader.Contents ours = SafetensorsReader.read(dir.resolve("net.safetensors"));
        SafetensorsReader.Contents theirs = SafetensorsReader.read(dir.resolve("torch.safetensors"));
        for (var t : ours.header().tensors()) {
            assertArrayEquals(ours.floats(t), theirs.floats(theirs.header().tensor(t.name()).orElseThrow()), t.name());
        }
    }
}
