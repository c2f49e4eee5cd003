package dev.nnet.repl;

import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.TextRenderer;
import java.io.PrintStream;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Everything the REPL shows goes through here, to the terminal: plain lines, diagnostics in the one
 * format of the command line and the editor, and complaints about a command. On a terminal with
 * colours the first line of a diagnostic is coloured; on a dumb one nothing but text is written.
 */
final class Printer {
    private static final AttributedStyle ERROR = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
    private static final AttributedStyle WARNING = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);

    private final PrintStream out;
    private final Terminal terminal;

    /** @param terminal the terminal to colour for, or null for plain text */
    Printer(PrintStream out, Terminal terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    PrintStream stream() {
        return out;
    }

    void line(String text) {
        out.println(text);
    }

    /** A mistake in a command (not in code): {@code error: no model named `x`}. */
    void problem(String message) {
        out.println(styled(ERROR, "error") + ": " + message);
    }

    void diagnostics(List<Diagnostic> diagnostics) {
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            String text = TextRenderer.render(d);
            int firstLineEnd = text.indexOf('\n');
            if (firstLineEnd > 0) {
                text = styled(d.isError() ? ERROR : WARNING, text.substring(0, firstLineEnd)) + text.substring(firstLineEnd);
            }
            if (i > 0) out.println();
            out.print(text);
        }
        out.flush();
    }

    void flush() {
        out.flush();
    }

    private String styled(AttributedStyle style, String text) {
        return terminal == null ? text : new AttributedString(text, style).toAnsi(terminal);
    }
}
