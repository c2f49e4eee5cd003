package dev.nnet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether {@code nnet run}'s standard output is a terminal, and how wide it is, for the progress
 * bar. Telling a terminal costs next to nothing; asking its width needs JLine's native provider,
 * whose loading takes a few hundred milliseconds, so it is loaded on a background thread and the
 * width reads as unknown (0) until it is there. Without the native provider, the width comes from
 * {@code stty} (a process each time), so it is asked again at most once a second.
 */
final class StdoutTerminal {
    private StdoutTerminal() {
    }

    /** The width of the terminal standard output goes to (0 while unknown), or null when it is not one. */
    static IntSupplier columns() {
        String term = System.getenv("TERM");
        if (term != null && term.startsWith("dumb")) return null;
        if (System.console() == null && !linkedToTerminal()) return null;
        Width width = new Width();
        Thread loader = new Thread(width::load, "nnet-terminal-width");
        loader.setDaemon(true);
        loader.start();
        return width;
    }

    /** Standard output alone may be a terminal (input piped in): Linux names its file. */
    private static boolean linkedToTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    private static final class Width implements IntSupplier {
        private static final long EXEC_NANOS = 1_000_000_000L;
        private volatile TerminalProvider provider;
        private int last;
        private long asked;

        void load() {
            for (String name : new String[] {"jni", "exec"}) {
                try {
                    TerminalProvider p = TerminalProvider.load(name);
                    if (p.isSystemStream(SystemStream.Output)) {
                        provider = p;
                        return;
                    }
                } catch (Throwable e) {
                    // this provider is not available here: the next one, or an unknown width
                }
            }
        }

        @Override
        public int getAsInt() {
            TerminalProvider p = provider;
            if (p == null) return 0;
            long now = System.nanoTime();
            if (last > 0 && p.name().equals("exec") && now - asked < EXEC_NANOS) return last;
            try {
                last = Math.max(0, p.systemStreamWidth(SystemStream.Output));
            } catch (RuntimeException e) {
                last = 0;
            }
            asked = now;
            return last;
        }
    }
}
