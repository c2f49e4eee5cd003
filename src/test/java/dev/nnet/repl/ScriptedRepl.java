package dev.nnet.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The REPL on a dumb JLine terminal over streams, as with piped input: the typed text is read to its
 * end, and everything the REPL wrote is kept. A {@code \u0003} in the typed text is Ctrl-C at that
 * point (the terminal raises SIGINT, as a real one does); {@link #interruptWhenPrinted} presses
 * Ctrl-C once the output shows a given text, for example while a training is under way.
 */
final class ScriptedRepl {
    private final Path dir;
    private final Path history;
    private final Output output = new Output();
    private Terminal terminal;
    private Repl repl;
    private String interruptAt;

    ScriptedRepl(Path dir, Path history) {
        this.dir = dir;
        this.history = history;
    }

    /** Presses Ctrl-C when the output first contains {@code text}. */
    ScriptedRepl interruptWhenPrinted(String text) {
        this.interruptAt = text;
        return this;
    }

    /** Runs a session that reads {@code typed} to its end; returns all it wrote. */
    String run(String typed) {
        byte[] bytes = typed.getBytes(StandardCharsets.UTF_8);
        InputStream in = new InputStream() {
            private int next;

            @Override
            public int read() {
                if (next >= bytes.length) return -1;
                int b = bytes[next++] & 0xff;
                if (b == 3) {
                    int before = output.toString(StandardCharsets.UTF_8).length();
                    terminal.raise(Terminal.Signal.INT);
                    awaitPromptAfter(before);
                    return read();
                }
                return b;
            }
        };
        try {
            terminal = new DumbTerminal("test", "dumb", in, output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repl = new Repl(terminal, new Repl.Options(history, dir, true));
        repl.run();
        return output();
    }

    /**
     * Holds the rest of the typed text back until the REPL has dealt with a Ctrl-C (a new prompt
     * appears): the line editor drops whatever it has read ahead when it is interrupted, so typed
     * text must not reach it early, as a person's typing would not.
     */
    private void awaitPromptAfter(int length) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            String all = output.toString(StandardCharsets.UTF_8);
            if (all.length() > length && all.substring(Math.min(length, all.length())).contains("nnet> ")) return;
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    String output() {
        terminal.flush();
        return output.toString(StandardCharsets.UTF_8);
    }

    Repl repl() {
        return repl;
    }

    private final class Output extends ByteArrayOutputStream {
        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            check();
        }

        @Override
        public synchronized void write(int b) {
            super.write(b);
            check();
        }

        private void check() {
            if (interruptAt != null && toString(StandardCharsets.UTF_8).contains(interruptAt)) {
                interruptAt = null;
                terminal.raise(Terminal.Signal.INT);
            }
        }
    }
}
