package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `checkpoint` and resuming, through a session as `nnet run` and `nnet run --resume` use it: the
 * checkpoint of every epoch of an uninterrupted run is copied aside as it is written, and resuming
 * from any of them ends with the same saved model file, history rows and final line. Each optimizer
 * with a schedule, dropout, batch normalisation and early stopping's best weights.
 */
class ResumeTest {
    @TempDir
    Path dir;

    private record Run(Session.Outcome outcome, String out) {
    }

    private Run run(String script, boolean resume) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = resume ? Session.resuming(out) : Session.forScript(out);
        Session.Outcome outcome = session.submit(new SourceText("t.nnet", script), dir);
        return new Run(outcome, bytes.toString(StandardCharsets.UTF_8));
    }

    private static String script(String optimizer, String schedule, int batch) {
        return """
                dataset iris = iris() { split: {train: 0.8, validation: 0.2}; normalize: standard; seed: 4 }
                model net { input 4; dense(12, activation: relu); batch_norm; dropout(0.25); dense(3, activation: softmax) }
                train net on iris.train {
                    loss: cross_entropy
                    optimizer: %s
                    epochs: 12
                    batch_size: %s
                    validation: iris.validation
                    %s
                    early_stopping: {monitor: "val_loss", patience: 12}
                    history: "run.csv"
                    checkpoint: {path: "run.ckpt", every: 1}
                    seed: 9
                }
                save net to "net.safetensors"
                """.formatted(optimizer, batch == 0 ? "full" : Integer.toString(batch),
                schedule.isEmpty() ? "" : "lr_schedule: " + schedule);
    }

    static Stream<Arguments> trainings() {
        return Stream.of(
                Arguments.of("sgd(learning_rate: 0.05, momentum: 0.9, nesterov: true)", "cosine", 16),
                Arguments.of("adam(learning_rate: 0.01)", "reduce_on_plateau(patience: 1, factor: 0.5)", 16),
                Arguments.of("adamw(learning_rate: 0.01)", "warmup(epochs: 3)", 32),
                Arguments.of("adagrad(learning_rate: 0.05)", "", 20),
                Arguments.of("rmsprop(learning_rate: 0.005, centered: true, momentum: 0.5)", "step_decay(every: 4)", 24),
                Arguments.of("rprop", "reduce_on_plateau(patience: 0)", 0));
    }

    /** Runs uninterrupted, copying the checkpoint aside after each epoch; returns them by epoch. */
    private TreeMap<Integer, byte[]> uninterrupted(String script) throws Exception {
        TreeMap<Integer, byte[]> checkpoints = new TreeMap<>();
        Path file = dir.resolve("run.ckpt");
        // Each write pauses before its rename, so the checkpoint in place stays for that long: polling sees each one.
        System.setProperty("nnet.checkpoint.pauseMillis", "15");
        Thread watcher = new Thread(() -> {
            byte[] last = null;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (Files.exists(file)) {
                        byte[] now = Files.readAllBytes(file);
                        if (last == null || !Arrays.equals(now, last)) {
                            checkpoints.put(epochOf(now), now);
                            last = now;
                        }
                    }
                    Thread.sleep(1);
                } catch (IOException e) {
                    // replaced while being read: read it again
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Run straight;
        try {
            watcher.start();
            straight = run(script, false);
        } finally {
            watcher.interrupt();
            watcher.join();
            System.clearProperty("nnet.checkpoint.pauseMillis");
        }
        assertTrue(straight.outcome.ok(), straight.outcome.diagnostics().toString());
        byte[] last = Files.readAllBytes(file);
        checkpoints.put(epochOf(last), last);
        return checkpoints;
    }

    /** The epoch a checkpoint was saved after, from its header's metadata. */
    private static int epochOf(byte[] checkpoint) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"epoch\": ?\"(\\d+)\"")
                .matcher(new String(checkpoint, StandardCharsets.ISO_8859_1));
        assertTrue(m.find(), "a checkpoint names its epoch");
        return Integer.parseInt(m.group(1));
    }

    private static String lastLine(String out) {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1].replaceAll("in \\d+\\.\\d+ s", "in <time> s");
    }

    private List<String> historyRows() throws IOException {
        return Files.readAllLines(dir.resolve("run.csv")).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("trainings")
    void resumingFromAnyEpochEndsWithTheSameModel(String optimizer, String schedule, int batch) throws Exception {
        String script = script(optimizer, schedule, batch);
        TreeMap<Integer, byte[]> checkpoints = uninterrupted(script);
        byte[] model = Files.readAllBytes(dir.resolve("net.safetensors"));
        List<String> history = historyRows();
        String straightEnd = lastLine(run(script, true).out); // resuming a finished run changes nothing
        // Polling may miss a checkpoint on a busy machine; most are seen.
        assertTrue(checkpoints.size() >= 6 && checkpoints.lastKey() == 12, "checkpoints seen: " + checkpoints.keySet());
        assertArrayEquals(model, Files.readAllBytes(dir.resolve("net.safetensors")));

        Random random = new Random(optimizer.hashCode());
        List<Integer> seen = new ArrayList<>(checkpoints.headMap(12).keySet());
        List<Integer> epochs = List.of(seen.get(0), seen.get(random.nextInt(seen.size())), seen.get(seen.size() - 1));
        for (int epoch : epochs) {
            Files.write(dir.resolve("run.ckpt"), checkpoints.get(epoch));
            Files.delete(dir.resolve("net.safetensors"));
            Run resumed = run(script, true);
            assertTrue(resumed.outcome.ok(), resumed.outcome.diagnostics().toString());
            assertTrue(resumed.out.contains("resumed after epoch " + epoch + " of 12"), resumed.out);
            assertTrue(resumed.out.contains("\nepoch " + String.format("%2d", epoch + 1) + "/12"), resumed.out);
            assertFalse(resumed.out.contains("epoch " + String.format("%2d", epoch) + "/12"), resumed.out);
            assertArrayEquals(model, Files.readAllBytes(dir.resolve("net.safetensors")), "resumed after epoch " + epoch);
            assertEquals(history, historyRows(), "history after resuming at epoch " + epoch);
            assertEquals(straightEnd, lastLine(resumed.out));
        }
    }

    @Test
    void aRunThatStoppedEarlyResumesToTheSameStop() throws Exception {
        String script = script("adam(learning_rate: 0.05)", "", 16).replace("patience: 12", "patience: 2")
                .replace("epochs: 12", "epochs: 60");
        TreeMap<Integer, byte[]> checkpoints = uninterrupted(script);
        byte[] model = Files.readAllBytes(dir.resolve("net.safetensors"));
        String end = lastLine(run(script, true).out);
        assertTrue(end.contains("stopped early"), end);
        assertTrue(checkpoints.lastKey() < 60, "it stopped before epoch 60");
        assertTrue(checkpoints.size() >= 3, "checkpoints seen: " + checkpoints.keySet());
        int middle = new ArrayList<>(checkpoints.keySet()).get(checkpoints.size() / 2);
        Files.write(dir.resolve("run.ckpt"), checkpoints.get(middle));
        Run resumed = run(script, true);
        assertArrayEquals(model, Files.readAllBytes(dir.resolve("net.safetensors")));
        assertEquals(end, lastLine(resumed.out));
    }

    @Test
    void withoutACheckpointYetTheRunStartsFromTheFirstEpochAndSaysSo() {
        Run first = run(script("adam", "", 32), true);
        assertTrue(first.outcome.ok(), first.outcome.diagnostics().toString());
        assertTrue(first.out.contains("no checkpoint `run.ckpt` yet: training starts from epoch 1"), first.out);
        assertTrue(first.out.contains("epoch  1/12"), first.out);
    }

    @Test
    void aTruncatedCheckpointIsRefused() throws IOException {
        String script = script("adam", "", 32);
        assertTrue(run(script, false).outcome.ok());
        byte[] whole = Files.readAllBytes(dir.resolve("run.ckpt"));
        Files.write(dir.resolve("run.ckpt"), Arrays.copyOf(whole, whole.length - 10));
        Run resumed = run(script, true);
        assertEquals("E0651", resumed.outcome.runProblems().get(0).code().id, resumed.out);
        assertTrue(resumed.outcome.runProblems().get(0).message().contains("damaged or not a checkpoint"));
    }

    @Test
    void changedDataIsRefused() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "x,y\n" + String.join("", java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> i + "," + (i % 2 == 0 ? "a" : "b") + "\n").toList()));
        String script = """
                dataset d = csv("d.csv") { target: "y" }
                model m { input 1; dense(2, activation: softmax) }
                train m on d { loss: cross_entropy; optimizer: adam; epochs: 2; checkpoint: {path: "run.ckpt"} }
                """;
        assertTrue(run(script, false).outcome.ok());
        Files.writeString(dir.resolve("d.csv"), Files.readString(dir.resolve("d.csv")).replace("3,b", "3.5,b"));
        Run resumed = run(script, true);
        assertEquals("E0652", resumed.outcome.runProblems().get(0).code().id, resumed.out);
        Files.copy(dir.resolve("run.ckpt"), dir.resolve("kept.ckpt"), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(run(script, false).outcome.ok(), "without --resume it trains from the start");
        assertTrue(run(script, true).out.contains("resumed after epoch 2 of 2"));
    }
}
