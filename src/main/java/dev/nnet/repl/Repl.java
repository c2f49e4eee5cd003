package dev.nnet.repl;

import dev.nnet.session.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The read-eval-print loop on a JLine terminal: reads a whole input (several lines while a statement
 * is unfinished), hands it to the {@link Workspace}, and goes on until {@code :quit} or Ctrl-D.
 *
 * <p>Ctrl-C at the prompt clears what was typed; during a training it asks the training to stop
 * after its current step (the model keeps those weights). On a terminal without a screen to edit
 * (piped input), each input is written back after its prompt, so that the output reads as a
 * transcript: a script can tell the inputs, which follow a prompt, from what they printed.
 */
public final class Repl {
    public static final String PROMPT = "nnet> ";
    public static final String MORE_PROMPT = "  ..> ";

    /**
     * @param history the file that keeps the lines typed, across sessions (null for none)
     * @param baseDir where relative file names start
     * @param echo whether to write each input back after its prompt (when the input is not typed)
     */
    public record Options(Path history, Path baseDir, boolean echo) {
    }

    private final Terminal terminal;
    private final LineReader reader;
    private final Workspace workspace;
    private final Printer printer;
    private final boolean echo;
    private final boolean plain;

    public Repl(Terminal terminal, Options options) {
        this.terminal = terminal;
        this.echo = options.echo();
        this.plain = isDumb(terminal);
        PrintStream out = new PrintStream(terminal.output(), true, terminal.encoding());
        this.printer = new Printer(out, plain ? null : terminal);
        Session session = Session.interactive(out);
        // On a screen, trainings draw a live bar (`progress: auto`); a dumb terminal gets lines.
        if (!plain) session.progress(terminal::getWidth, null);
        List<String> typedBefore = new ArrayList<>();
        this.workspace = new Workspace(session, printer, options.baseDir(), () -> historyLines(typedBefore));
        Completions completions = new Completions(session::definitions, new FileNames(options.baseDir()));
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("nnet")
                .parser(new ReplLineParser(completions)).completer(new ReplCompleter(completions))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, MORE_PROMPT)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .option(LineReader.Option.CASE_INSENSITIVE, false);
        if (options.history() != null) builder.variable(LineReader.HISTORY_FILE, options.history());
        if (!plain) builder.highlighter(new ReplHighlighter());
        this.reader = builder.build();
    }

    /** Reads and handles inputs until {@code :quit} or the end of the input. */
    public void run() {
        Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> workspace.stopTraining());
        Session.warmUpTraining(); // while the user types, a spare core has the JIT compile the training code
        try {
            while (!workspace.quitRequested()) {
                String input;
                try {
                    printer.flush();
                    input = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    // Ctrl-C at the prompt: what was typed is dropped
                    String partial = e.getPartialLine();
                    echo((partial == null ? "" : partial) + "^C");
                    continue;
                } catch (EndOfFileException e) {
                    String partial = e.getPartialLine();
                    if (partial != null && !partial.isBlank()) {
                        partial = partial.replaceFirst("\\R$", "");
                        echo(partial);
                        workspace.handle(partial);
                    } else {
                        printer.line("");
                    }
                    break;
                }
                echo(input);
                quietControlKeys(() -> workspace.handle(input));
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, before);
            try {
                reader.getHistory().save();
            } catch (java.io.IOException | RuntimeException e) {
                printer.problem("could not save the history: " + e.getMessage());
            }
            printer.flush();
        }
    }

    /**
     * Runs an input with control keys not echoed: a Ctrl-C that stops a training would otherwise
     * leave a {@code ^C} wherever the cursor was, in the middle of the progress bar or of a line.
     */
    private void quietControlKeys(Runnable work) {
        Attributes before = plain ? null : terminal.getAttributes();
        if (before != null) {
            Attributes quiet = new Attributes(before);
            quiet.setLocalFlag(Attributes.LocalFlag.ECHOCTL, false);
            terminal.setAttributes(quiet);
        }
        try {
            work.run();
        } finally {
            if (before != null) terminal.setAttributes(before);
        }
    }

    /** The workspace, for tests that look at the session behind the terminal. */
    Workspace workspace() {
        return workspace;
    }

    LineReader reader() {
        return reader;
    }

    private void echo(String input) {
        if (!echo) return;
        String[] lines = input.split("\\R", -1);
        StringBuilder text = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) text.append(MORE_PROMPT).append(lines[i]).append('\n');
        printer.stream().print(text);
        printer.flush();
    }

    private List<String> historyLines(List<String> into) {
        into.clear();
        for (History.Entry entry : reader.getHistory()) into.add(entry.line());
        return into;
    }

    /** A terminal that cannot move the cursor or show colours gets plain text only. */
    static boolean isDumb(Terminal terminal) {
        return terminal instanceof DumbTerminal || terminal.getType() == null || terminal.getType().startsWith("dumb");
    }
}
