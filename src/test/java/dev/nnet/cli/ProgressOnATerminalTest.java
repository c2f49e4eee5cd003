package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar on a real terminal (tmux, installed by .ci/run; skipped without it): {@code nnet
 * run} draws it within the width, takes it down at the end or on Ctrl-C; the REPL draws it too.
 */
class ProgressOnATerminalTest {
    private static final int WIDTH = 72;

    @TempDir
    Path dir;

    private static String java(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // exec: tmux runs the command through sh, which would otherwise take the Ctrl-C (and die of it) too.
        StringBuilder command = new StringBuilder("exec ").append(TmuxPane.quote(java)).append(" -cp ")
                .append(TmuxPane.quote(System.getProperty("java.class.path"))).append(" dev.nnet.cli.Main");
        for (String a : args) command.append(' ').append(TmuxPane.quote(a));
        return command.toString();
    }

    private Path script(long epochs) throws Exception {
        return Files.writeString(dir.resolve("xor.nnet"), """
                dataset xor = xor()
                model net { input 2; dense(16, activation: tanh); dense(1, activation: sigmoid) }
                train net on xor { loss: binary_cross_entropy; optimizer: sgd(learning_rate: 0.5); epochs: %d; batch_size: 1 }
                """.formatted(epochs));
    }

    private static boolean isBar(String row) {
        return row.startsWith("epoch ") && row.contains(" ETA ");
    }

    @Test
    void nnetRunDrawsTheBarWithinTheWidthAndLeavesOnlyLines() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is not installed (.ci/run installs it)");
        try (TmuxPane pane = new TmuxPane(WIDTH, 40, dir.toString(), java("run", script(40_000).toString()))) {
            String bar = pane.waitForRow(ProgressOnATerminalTest::isBar, "the bar");
            assertTrue(bar.length() <= WIDTH - 3 && bar.contains("[") && bar.contains("loss "), bar);
            pane.waitFor("trained net: 40000 epochs in ");
            String exit = pane.waitForExit(); // empty when tmux kept no status (see TmuxPane)
            assertTrue(exit.equals("0") || exit.isEmpty(), "nnet run ended with `" + exit + "`");
            String screen = pane.all();
            for (String line : screen.lines().map(String::stripTrailing).toList()) {
                assertFalse(isBar(line), "a bar was left:\n" + screen);
                assertTrue(line.isBlank() || line.startsWith("train net on xor: 4 rows") || line.startsWith("Pane is dead")
                        || line.matches("epoch +\\d+/40000  loss \\d\\.\\d{4}  accuracy \\d\\.\\d{4}  \\d+\\.\\d ms")
                        || line.startsWith("trained net: 40000 epochs in "), "a stray line `" + line + "`:\n" + screen);
            }
            assertTrue(screen.contains("epoch 40000/40000  loss "), screen);
        }
    }

    @Test
    void ctrlCInNnetRunTakesTheBarDownAndSaysWhereItStopped() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is not installed (.ci/run installs it)");
        try (TmuxPane pane = new TmuxPane(WIDTH, 40, dir.toString(), java("run", script(100_000_000).toString()))) {
            pane.waitForRow(ProgressOnATerminalTest::isBar, "the bar");
            pane.keys("C-c");
            pane.waitFor("(Ctrl-C)");
            // The message comes from the shutdown hook, so the JVM ended through its SIGINT handler (exit
            // 130); tmux 3.3 sometimes keeps no status for a pane that ended so quickly after a key.
            String exit = pane.waitForExit();
            assertTrue(exit.equals("130") || exit.isEmpty(), "nnet run ended with `" + exit + "`");
            String screen = pane.all();
            List<String> lines = screen.lines().map(String::stripTrailing)
                    .filter(l -> !l.isBlank() && !l.startsWith("Pane is dead")).toList();
            assertTrue(lines.get(lines.size() - 1).matches("training interrupted at epoch \\d+, batch \\d+ \\(Ctrl-C\\)"),
                    screen);
            for (String line : lines) assertFalse(isBar(line) || line.contains("^C"), "left on the screen:\n" + screen);
        }
    }

    @Test
    void theReplDrawsTheBarAndCtrlCStopsTheTrainingCleanly() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is not installed (.ci/run installs it)");
        Path home = Files.createDirectories(dir.resolve("home"));
        String command = java("repl", "--no-history").replace(" dev.nnet.cli.Main",
                " " + TmuxPane.quote("-Duser.home=" + home) + " dev.nnet.cli.Main");
        try (TmuxPane pane = new TmuxPane(WIDTH, 40, dir.toString(), command)) {
            pane.waitForRow(r -> r.startsWith("nnet>"), "the prompt");
            pane.keys("-l", "dataset xor = xor()");
            pane.keys("Enter");
            pane.keys("-l", "model net { input 2; dense(16, activation: tanh); dense(1, activation: sigmoid) }");
            pane.keys("Enter");
            pane.keys("-l", "train net on xor { loss: binary_cross_entropy; optimizer: sgd; epochs: 100000000; batch_size: 1 }");
            pane.keys("Enter");
            String bar = pane.waitForRow(ProgressOnATerminalTest::isBar, "the bar in the REPL");
            assertTrue(bar.length() <= WIDTH - 3, bar);
            pane.keys("C-c");
            pane.waitFor("training stopped at epoch");
            pane.waitForRow(r -> r.equals("nnet>"), "the prompt after the training");
            String screen = pane.all();
            for (String line : screen.lines().toList()) {
                assertFalse(isBar(line) || line.contains("^C"), "left on the screen:\n" + screen);
            }
            pane.keys("C-d");
            String exit = pane.waitForExit();
            // As in TmuxEndToEndTest: some tmux versions keep no status for a pane whose process ended so.
            assertTrue(exit.equals("0") || exit.isEmpty(), "the REPL ended with `" + exit + "`");
        }
    }
}
