package dev.nnet.repl;

import java.util.regex.Pattern;

/**
 * Decides, when Enter is pressed, whether the input is whole or goes on on the next line: it goes
 * on while a bracket is open or the statement cannot end yet (after an operator, a comma, a colon,
 * {@code =}). A syntax error anywhere else makes the input whole, so that it is reported at once;
 * and two empty lines end an input whatever it lacks, so that no one is stuck in it.
 */
final class Continuation {
    private static final Pattern TWO_EMPTY_LINES = Pattern.compile("(?s).*\\n[ \\t]*\\n[ \\t]*");

    private Continuation() {
    }

    static boolean needsMore(String text) {
        if (text.isBlank() || Commands.isCommand(text)) return false;
        if (TWO_EMPTY_LINES.matcher(text).matches()) return false;
        return Grammar.endsTooSoon(text);
    }
}
