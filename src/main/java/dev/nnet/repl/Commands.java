package dev.nnet.repl;

import dev.nnet.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table of the REPL's commands, and how a typed command word finds its command: by its name, by
 * a short form ({@code :q}, {@code :t}), or by a prefix that only one command has ({@code :sum}).
 */
final class Commands {
    static final List<Command> TABLE = List.of(
            new Command(":help", List.of(":h", ":?"), Command.Argument.COMMAND, ":help [COMMAND]",
                    "list the commands, or explain one"),
            new Command(":type", List.of(":t"), Command.Argument.EXPRESSION, ":type EXPR",
                    "show the type of a name or an expression, shapes included"),
            new Command(":summary", List.of(), Command.Argument.MODEL, ":summary MODEL",
                    "show a model's layers, output shapes and parameter counts"),
            new Command(":defs", List.of(":vars", ":bindings"), Command.Argument.NONE, ":defs",
                    "list the names defined so far, with their types"),
            new Command(":list", List.of(), Command.Argument.NONE, ":list",
                    "show the inputs accepted so far"),
            new Command(":load", List.of(":l", ":open"), Command.Argument.FILE, ":load FILE",
                    "check and run a script, keeping its definitions"),
            new Command(":reload", List.of(":r"), Command.Argument.NONE, ":reload",
                    "forget everything, then load the last loaded script again"),
            new Command(":save", List.of(), Command.Argument.FILE, ":save FILE",
                    "write the inputs accepted so far to a script"),
            new Command(":history", List.of(), Command.Argument.NONE, ":history",
                    "show the lines typed before, in this session and earlier ones"),
            new Command(":reset", List.of(), Command.Argument.NONE, ":reset",
                    "forget every definition and trained model"),
            new Command(":quit", List.of(":q", ":exit"), Command.Argument.NONE, ":quit",
                    "leave the REPL (Ctrl-D does too)"));

    private Commands() {
    }

    /** An input is a command when its first character other than a blank is a colon. */
    static boolean isCommand(String text) {
        return text.stripLeading().startsWith(":");
    }

    /** The command a word names ({@code :type}, {@code :t}, {@code :ty}), if exactly one. */
    static Optional<Command> find(String word) {
        for (Command c : TABLE) {
            if (c.name().equals(word) || c.aliases().contains(word)) return Optional.of(c);
        }
        List<Command> prefixed = startingWith(word);
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** Why {@code word} names no command, with the commands it may have meant. */
    static String unknown(String word) {
        List<Command> prefixed = word.length() > 1 ? startingWith(word) : List.of();
        if (prefixed.size() > 1) {
            List<String> names = prefixed.stream().map(Command::name).toList();
            return "`" + word + "` could be " + String.join(" or ", names) + "; type more of it";
        }
        List<String> all = new ArrayList<>();
        for (Command c : TABLE) {
            all.add(c.name());
            all.addAll(c.aliases());
        }
        Optional<String> close = Suggestions.closest(word, all);
        String name = close.flatMap(Commands::find).map(Command::name).orElse(null);
        return "unknown command `" + word + "`" + (name == null ? "" : "; did you mean `" + name + "`?")
                + " (`:help` lists the commands)";
    }

    private static List<Command> startingWith(String word) {
        return TABLE.stream().filter(c -> c.name().startsWith(word)).toList();
    }
}
