package dev.nnet.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnet repl} on a real terminal: started inside tmux, typed at with send-keys, read with
 * capture-pane. Skipped where tmux is not installed ({@code .ci/run} installs it). The waits poll
 * the screen until the expected text shows; nothing here measures time.
 */
class TmuxEndToEndTest {
    private static final long PATIENCE_MS = 120_000;

    @TempDir
    Path dir;

    private final String socket = "nnet-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private boolean started;

    @Test
    void aDatasetAMultiLineModelAndATrainingTypedIntoTheRepl() throws Exception {
        assumeTrue(tmuxIsInstalled(), "tmux is not installed: skipping the end-to-end REPL test (.ci/run installs it)");
        Path home = Files.createDirectories(dir.resolve("home"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", quote(java), quote("-Duser.home=" + home), "-cp",
                quote(System.getProperty("java.class.path")), "dev.nnet.cli.Main", "repl");
        tmux("new-session", "-d", "-s", "repl", "-x", "120", "-y", "50", "-c", dir.toString(), command);
        started = true;
        tmux("set-option", "-t", "repl", "remain-on-exit", "on");
        tmux("set-option", "-t", "repl", "history-limit", "5000");

        waitFor("nnet> ", 1);
        type("dataset iris = iris() { split: {train: 0.8, test: 0.2}; normalize: standard; seed: 1 }");
        waitFor("nnet> ", 2);

        type("model net {");
        waitFor("  ..> ", 1);
        type("  input 4");
        type("  dense(8, activation: relu)");
        type("  dense(3, activation: softmax)");
        type("}");
        waitFor("nnet> ", 3);
        assertTrue(screen().contains("nnet> model net {\n  ..>   input 4\n  ..>   dense(8, activation: relu)\n"
                + "  ..>   dense(3, activation: softmax)\n  ..> }\n"), screen());

        type("train net on iris.train { loss: cross_entropy; optimizer: adam(learning_rate: 0.05); epochs: 5; seed: 1 }");
        waitFor("trained net: 5 epochs", 1);
        assertTrue(screen().contains("epoch 5/5  loss "), screen());

        // Highlighting as you type: the keyword is coloured on the screen, not in the text.
        typeAtPrompt("let rate = 0.5");
        waitFor("nnet> let rate = 0.5", 1);
        String coloured = tmuxOutput("capture-pane", "-p", "-e", "-t", "repl");
        String line = coloured.lines().filter(l -> l.contains("rate = ")).reduce((a, b) -> b).orElse("");
        assertTrue(line.contains("\u001b["), "no colour on the typed line: " + line);
        keys("C-u");

        // Completion: Tab finishes a command and a model's name.
        typeAtPrompt(":summ");
        keys("Tab");
        waitFor("nnet> :summary", 1);
        keys("-l", "ne");
        keys("Tab");
        waitFor("nnet> :summary net", 1);
        keys("Enter");
        waitFor("  total", 1);
        assertTrue(screen().contains("  dense(8, activation: relu)      Tensor[B, 8]           40\n"), screen());

        // Ctrl-C during a training stops it after its step; the model stays usable.
        type("train net on iris.train { loss: cross_entropy; optimizer: adam; epochs: 1000000 }");
        waitFor("/1000000  loss", 1);
        keys("C-c");
        waitFor("training stopped at epoch", 1);
        type("evaluate net on iris.test");
        waitFor("evaluate net on iris.test (30 rows)", 1);

        // Ctrl-C at the prompt drops the line; an error does not end the session.
        typeAtPrompt("let x = 1 +");
        waitFor("nnet> let x = 1 +", 1);
        keys("C-c");
        waitForPrompt();
        type("print x");
        waitFor("error[E0201]: unknown name `x`", 1);
        type(":type net");
        waitFor("net : Model[4 -> 8 -> 3]", 1);

        // Ctrl-D leaves, and the history is kept in the home folder.
        waitForPrompt();
        keys("C-d");
        waitForExit();
        String history = Files.readString(home.resolve(".nnet_history"), StandardCharsets.UTF_8);
        assertTrue(history.contains("dataset iris = iris()") && history.contains(":type net"), history);
        assertFalse(screen().contains("Exception"), screen());
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (started) run(List.of("tmux", "-L", socket, "kill-server"));
    }

    /** Types a line and Enter, once the REPL waits for input (so that nothing is typed ahead). */
    private void type(String line) throws Exception {
        typeAtPrompt(line);
        keys("Enter");
    }

    private void typeAtPrompt(String text) throws Exception {
        waitForPrompt();
        keys("-l", text);
    }

    private void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "repl"));
        args.addAll(List.of(keys));
        tmux(args.toArray(new String[0]));
    }

    /** The whole screen and its scrollback, wrapped lines joined. */
    private String screen() throws Exception {
        return tmuxOutput("capture-pane", "-p", "-J", "-S", "-5000", "-t", "repl");
    }

    private int count(String text) throws Exception {
        String screen = screen();
        int n = 0;
        for (int i = screen.indexOf(text); i >= 0; i = screen.indexOf(text, i + 1)) n++;
        return n;
    }

    /** Polls the screen until {@code text} shows at least {@code times} times. */
    private void waitFor(String text, int times) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (count(text) < times) {
            if (System.currentTimeMillis() > deadline) fail("`" + text + "` never showed " + times + " times:\n" + screen());
            Thread.sleep(100);
        }
    }

    /** Polls until the REPL's process has ended, and checks that it ended with exit code 0. */
    private void waitForExit() throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        String state;
        // tmux keeps the dead pane (remain-on-exit); its message differs between versions, these fields do not.
        while (!(state = tmuxOutput("display-message", "-p", "-t", "repl", "#{pane_dead} #{pane_dead_status}").strip())
                .startsWith("1")) {
            if (System.currentTimeMillis() > deadline) fail("the REPL did not end after Ctrl-D:\n" + screen());
            Thread.sleep(100);
        }
        assertTrue(state.equals("1 0") || state.equals("1"), "the REPL ended with `" + state + "`:\n" + screen());
    }

    /**
     * Polls until the REPL waits at an empty prompt (first or continuing): only then is a control key
     * (Ctrl-C, Ctrl-D) a key to the line editor rather than a signal or the end of the input to the
     * terminal, and typed text is not echoed twice.
     */
    private void waitForPrompt() throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!atPrompt("\n" + screen().stripTrailing())) {
            if (System.currentTimeMillis() > deadline) fail("no empty prompt:\n" + screen());
            Thread.sleep(100);
        }
    }

    private static boolean atPrompt(String screen) {
        return screen.endsWith("\nnnet>") || screen.endsWith("\n  ..>");
    }

    private void tmux(String... args) throws Exception {
        tmuxOutput(args);
    }

    private String tmuxOutput(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        return out;
    }

    private static boolean tmuxIsInstalled() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
