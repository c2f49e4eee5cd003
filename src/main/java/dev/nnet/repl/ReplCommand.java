package dev.nnet.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nnet repl}: the interactive session on the terminal that started it. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {"Type statements and see what they do at once; definitions stay for the session.",
            "Type :help inside for the commands."})
public final class ReplCommand implements Callable<Integer> {
    private final PrintStream err;

    @Option(names = "--history", paramLabel = "FILE",
            description = "where to keep the lines typed, across sessions (default: ~/.nnet_history)")
    private Path history;

    @Option(names = "--no-history", description = "keep no history file")
    private boolean noHistory;

    public ReplCommand(PrintStream out, PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() {
        Path file = noHistory ? null : history != null ? history : Path.of(System.getProperty("user.home"), ".nnet_history");
        // dumb(true): with piped input there is no terminal to drive; say nothing and read plain lines.
        try (Terminal terminal = TerminalBuilder.builder().name("nnet").system(true).dumb(true).build()) {
            boolean typed = !(terminal instanceof DumbTerminal);
            new Repl(terminal, new Repl.Options(file, Path.of("").toAbsolutePath(), !typed)).run();
            return 0;
        } catch (IOException e) {
            err.println("nnet: cannot open the terminal: " + e.getMessage());
            return 3;
        }
    }
}
