package dev.nnet.repl;

import java.util.List;

/**
 * One of the REPL's colon commands: its name, its short forms, what it takes (which also says what
 * completes after it), how it is written, and a line of help.
 */
record Command(String name, List<String> aliases, Argument argument, String usage, String summary) {
    enum Argument { NONE, EXPRESSION, MODEL, FILE, COMMAND }

    Command {
        aliases = List.copyOf(aliases);
    }
}
