package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A command running on a real terminal: a tmux pane of a known size on a server of its own, read
 * with capture-pane. The waits poll the screen; nothing here measures time.
 */
final class TmuxPane implements AutoCloseable {
    private static final long PATIENCE_MS = 120_000;
    private final String socket = "nnet-progress-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    TmuxPane(int width, int height, String directory, String command) throws Exception {
        // The options go first, in the same tmux call: a pane whose process ends before remain-on-exit
        // is set on it does not keep its exit status.
        tmux("-f", "/dev/null", "start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
                "set-option", "-g", "history-limit", "5000", ";", "new-session", "-d", "-s", "p", "-x",
                Integer.toString(width), "-y", Integer.toString(height), "-c", directory, command);
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The visible screen, one string per row, rows not joined (so a wrapped line shows as two). */
    List<String> rows() throws Exception {
        return tmux("capture-pane", "-p", "-t", "p").lines().toList();
    }

    /** The screen and its scrollback, wrapped lines joined. */
    String all() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-S", "-5000", "-t", "p");
    }

    /** Polls the visible screen until a row passes {@code test}; returns that row. */
    String waitForRow(Predicate<String> test, String what) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (true) {
            for (String row : rows()) if (test.test(row)) return row;
            if (System.currentTimeMillis() > deadline) fail(what + " never showed:\n" + all());
            Thread.sleep(50);
        }
    }

    void waitFor(String text) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!all().contains(text)) {
            if (System.currentTimeMillis() > deadline) fail("`" + text + "` never showed:\n" + all());
            Thread.sleep(100);
        }
    }

    /**
     * Polls until the command has ended; returns its exit status, "signal N" when a signal ended it,
     * or "" when tmux kept neither (tmux 3.3 sometimes does not, even with remain-on-exit set first).
     */
    String waitForExit() throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        String state;
        while (!(state = tmux("display-message", "-p", "-t", "p",
                "#{pane_dead} #{pane_dead_status} #{pane_dead_signal}").strip()).startsWith("1")) {
            if (System.currentTimeMillis() > deadline) fail("the command did not end:\n" + all());
            Thread.sleep(100);
        }
        String[] fields = state.split(" ");
        return fields.length == 2 ? fields[1] : fields.length == 3 ? "signal " + fields[2] : "";
    }

    void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "p"));
        args.addAll(List.of(keys));
        tmux(args.toArray(new String[0]));
    }

    @Override
    public void close() throws Exception {
        run(List.of("tmux", "-L", socket, "kill-server"));
    }

    private String tmux(String... args) throws Exception {
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

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
