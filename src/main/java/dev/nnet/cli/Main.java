package dev.nnet.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nnet} command. Exit codes: 0 success, 1 a mistake in a script or its data or a failed
 * training run, 2 a bad command line, 3 an internal error (a bug in NNet).
 */
@Command(name = "nnet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Declare datasets, models and training in a .nnet script; NNet checks it before it runs.",
        footer = {"", "Exit codes: 0 success, 1 error in a script or its data, 2 bad command line, 3 internal error."})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int SCRIPT_ERROR = 1;
    public static final int USAGE_ERROR = 2;
    public static final int INTERNAL_ERROR = 3;

    private final PrintStream err;

    private Main(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        // `plot` draws with AWT: never look for a display (a server or CI has none; a window is never opened).
        System.setProperty("java.awt.headless", "true");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err, true));
    }

    /** Runs one command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, false);
    }

    /** {@code systemOut}: {@code out} is the process's standard output, so it may be a terminal. */
    private static int execute(String[] args, PrintStream out, PrintStream err, boolean systemOut) {
        CommandLine cli = new CommandLine(new Main(err));
        cli.addSubcommand("run", new RunCommand(out, err, systemOut));
        cli.addSubcommand("check", new CheckCommand(out, err));
        cli.addSubcommand("lsp", new dev.nnet.lsp.LspCommand(System.in, out, err));
        cli.addSubcommand("fmt", new FmtCommand(out, err));
        cli.addSubcommand("repl", new dev.nnet.repl.ReplCommand(out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("nnet: " + e.getMessage());
            err.println("run `nnet --help` to see the commands and options");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, err));
        return onLargeStack(() -> {
            try {
                return cli.execute(args);
            } catch (Throwable e) {
                return internalError(e, err);
            }
        }, err);
    }

    /**
     * Runs on a thread with a 1 GiB stack: a script's syntax tree can be as deep as its longest
     * chain of operators (a 100,000-term sum), and reading and checking it walk that tree. The
     * memory is only reserved; it is used only as deep as a script goes.
     */
    static int onLargeStack(java.util.function.IntSupplier work, PrintStream err) {
        int[] exit = {INTERNAL_ERROR};
        Thread worker = new Thread(null, () -> exit[0] = work.getAsInt(), "nnet", 1L << 30);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("nnet: interrupted");
        }
        return exit[0];
    }

    static int internalError(Throwable e, PrintStream err) {
        err.println("internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                : ": " + e.getMessage()));
        err.println("This is a bug in NNet, not a mistake in your script. Please report it to the NNet maintainers"
                + " with the script and data that caused it (set NNET_DEBUG=1 to see the details).");
        if (System.getenv("NNET_DEBUG") != null) e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    @Override
    public Integer call() {
        err.println("nnet: say what to do: `nnet run FILE`, `nnet check FILE...` (see `nnet --help`)");
        return USAGE_ERROR;
    }
}
