package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.modelfile.SafetensorsReader;
import dev.nnet.modelfile.TensorInfo;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of `checkpoint` and `nnet run --resume`: a training process killed with SIGKILL at
 * any moment, even while it writes its checkpoint, and resumed (perhaps killed again), ends with
 * the weights of a run never interrupted, bit for bit, and the same history rows. Each trial runs
 * `nnet` as a separate Java process and kills it at a seeded random point (Process.destroyForcibly
 * sends SIGKILL on Linux); the checkpoint writes are slowed down a little so that kills land inside
 * them too.
 */
class CheckpointKillTest {
    private static final int TRIALS = 5;
    private static final long SEED = 20261129L;
    private static final String PAUSE_MILLIS = "8";
    static final String SCRIPT = """
            dataset iris = iris() { split: {train: 0.8, validation: 0.2} }
            model net { input 4; dense(16, activation: relu); dropout(0.2); dense(3, activation: softmax) }
            train net on iris.train {
                loss: cross_entropy
                optimizer: adam(learning_rate: 0.01)
                epochs: 30
                batch_size: 16
                validation: iris.validation
                lr_schedule: reduce_on_plateau(patience: 2)
                early_stopping: {monitor: "val_loss", patience: 30}
                history: "history.csv"
                checkpoint: {path: "run.ckpt", every: 1}
            }
            save net to "net.safetensors"
            """;

    @TempDir
    Path dir;

    @Test
    void killedAndResumedRunsEndWithTheWeightsOfAnUninterruptedOne() throws Exception {
        Path reference = Files.createDirectories(dir.resolve("reference"));
        Files.writeString(reference.resolve("run.nnet"), SCRIPT);
        CliRun straight = CliRun.of("run", reference.resolve("run.nnet").toString());
        assertEquals(0, straight.exit(), straight.err());

        Random random = new Random(SEED);
        int kills = 0, killsDuringWrites = 0, resumedMidway = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path work = Files.createDirectories(dir.resolve("trial" + trial));
            Files.writeString(work.resolve("run.nnet"), SCRIPT);
            // Odd trials kill the first process as soon as it is writing a checkpoint; the others after a
            // random delay from its first checkpoint. In even trials the resumed process is killed too.
            for (int attempt = 0; attempt < (trial % 2 == 0 ? 2 : 1); attempt++) {
                boolean duringWrite = attempt == 0 && trial % 2 == 1;
                Kill kill = runAndKill(work, attempt > 0, duringWrite, random.nextInt(600));
                if (kill.killed) {
                    kills++;
                    if (kill.duringWrite) killsDuringWrites++;
                    // Whatever the moment, the checkpoint on disk is a whole file.
                    if (Files.exists(work.resolve("run.ckpt"))) SafetensorsReader.read(work.resolve("run.ckpt"));
                }
            }
            Finished last = runToTheEnd(work);
            assertEquals(0, last.exit, last.output);
            assertTrue(last.output.contains("trained net: 30 epochs"), last.output);
            java.util.regex.Matcher resumed = java.util.regex.Pattern.compile("resumed after epoch (\\d+) of 30")
                    .matcher(last.output);
            if (resumed.find() && Integer.parseInt(resumed.group(1)) < 30) {
                resumedMidway++;
                // the printed epochs continue where the checkpoint left off
                int next = Integer.parseInt(resumed.group(1)) + 1;
                assertTrue(last.output.contains("\nepoch " + (next < 10 ? " " : "") + next + "/30"), last.output);
                assertTrue(!last.output.contains("epoch  1/30"), last.output);
            }
            assertSameWeights(reference.resolve("net.safetensors"), work.resolve("net.safetensors"), "trial " + trial);
            assertEquals(rows(reference.resolve("history.csv")), rows(work.resolve("history.csv")), "trial " + trial);
            try (Stream<Path> files = Files.list(work)) {
                assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                        "no temporary file is left behind");
            }
        }
        assertTrue(kills >= TRIALS, "only " + kills + " processes were killed before they finished");
        assertTrue(killsDuringWrites >= 1, "no process was killed while writing a checkpoint");
        assertTrue(resumedMidway >= 1, "no run was resumed in the middle of its training");
        System.out.println("checkpoint kill test: " + kills + " kills, " + killsDuringWrites + " during a checkpoint "
                + "write, " + resumedMidway + " of " + TRIALS + " final runs resumed midway");
    }

    @Test
    void resumeWithoutAnyCheckpointIsACommandLineError() throws IOException {
        Path script = dir.resolve("plain.nnet");
        Files.writeString(script, SCRIPT.replace("    checkpoint: {path: \"run.ckpt\", every: 1}\n", ""));
        CliRun run = CliRun.of("run", "--resume", script.toString());
        assertEquals(Main.USAGE_ERROR, run.exit(), run.err());
        assertTrue(run.err().contains("has no `train` with a `checkpoint`, so --resume has nothing to continue from"),
                run.err());
        assertEquals("", run.out(), "nothing ran");
    }

    private record Kill(boolean killed, boolean duringWrite) {
    }

    private record Finished(int exit, String output) {
    }

    private static ProcessBuilder nnet(Path work, boolean resume) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The client compiler and the serial collector start fastest, and these runs are short; without the
        // Vector API module the engine's plain kernels give the same bits (FallbackTest), as does any JIT.
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dnnet.checkpoint.pauseMillis=" + PAUSE_MILLIS, "-cp", System.getProperty("java.class.path"),
                "dev.nnet.cli.Main", "run"));
        if (resume) command.add("--resume");
        command.add("run.nnet");
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("output.txt").toFile());
    }

    /**
     * Starts a run and kills it once it has a checkpoint: {@code delayMillis} after the checkpoint
     * file first appears, or as soon as a temporary checkpoint file is being written.
     */
    private static Kill runAndKill(Path work, boolean resume, boolean duringWrite, int delayMillis) throws Exception {
        Process p = nnet(work, resume).start();
        Path checkpoint = work.resolve("run.ckpt");
        // A resumed run starts from the checkpoint there: wait for it to write a new one.
        long before = Files.exists(checkpoint) ? Files.getLastModifiedTime(checkpoint).toMillis() : -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < deadline) {
            boolean writing = temporaryFileIn(work);
            boolean fresh = Files.exists(checkpoint) && Files.getLastModifiedTime(checkpoint).toMillis() != before;
            if (duringWrite ? writing && Files.exists(checkpoint) : fresh) break;
            Thread.sleep(1);
        }
        if (!duringWrite) Thread.sleep(delayMillis);
        boolean writing = temporaryFileIn(work);
        if (!p.isAlive()) return new Kill(false, false);
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the process did not die");
        return new Kill(p.exitValue() == 137, writing);
    }

    private static Finished runToTheEnd(Path work) throws Exception {
        Process p = nnet(work, true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the resumed run did not finish");
        return new Finished(p.exitValue(), Files.readString(work.resolve("output.txt"), StandardCharsets.UTF_8));
    }

    private static boolean temporaryFileIn(Path work) throws IOException {
        File[] temps = work.toFile().listFiles((d, name) -> name.startsWith(".run.ckpt.") && name.endsWith(".tmp"));
        return temps != null && temps.length > 0;
    }

    static void assertSameWeights(Path expected, Path actual, String what) throws Exception {
        SafetensorsReader.Contents a = SafetensorsReader.read(expected);
        SafetensorsReader.Contents b = SafetensorsReader.read(actual);
        assertEquals(a.header().tensors().size(), b.header().tensors().size(), what);
        for (TensorInfo t : a.header().tensors()) {
            float[] x = a.floats(t);
            float[] y = b.floats(b.header().tensor(t.name()).orElseThrow());
            int[] xBits = new int[x.length], yBits = new int[y.length];
            for (int i = 0; i < x.length; i++) xBits[i] = Float.floatToRawIntBits(x[i]);
            for (int i = 0; i < y.length; i++) yBits[i] = Float.floatToRawIntBits(y[i]);
            assertArrayEquals(xBits, yBits, what + ": " + t.name());
        }
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(actual), what + ": the whole file");
    }

    /** The history's rows without their last column, the seconds each epoch took. */
    static List<String> rows(Path history) throws IOException {
        return Files.readAllLines(history).stream().map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }
}
