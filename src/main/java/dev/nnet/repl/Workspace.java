package dev.nnet.repl;

import dev.nnet.check.Analysis;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.SourceText;
import dev.nnet.session.ScriptFiles;
import dev.nnet.session.Session;
import dev.nnet.syntax.Lexemes;
import dev.nnet.syntax.ScriptParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One REPL session's state and what each input does with it: code goes to the {@link Session} (which
 * checks it against everything accepted before and runs it), a command does what {@link Commands}
 * says. Whatever goes wrong in one input is reported and leaves the workspace usable.
 */
final class Workspace {
    /** An input the session accepted: as typed, as submitted, and what its check found. */
    record Accepted(String typed, SourceText source, Analysis analysis) {
    }

    private final Session session;
    private final Printer printer;
    private final Path baseDir;
    private final Supplier<List<String>> history;
    private final TypeQuery types;
    private final List<Accepted> accepted = new ArrayList<>();
    private int inputs;
    private String lastLoaded;
    private boolean quit;

    /** @param history the lines typed before, oldest first (for {@code :history}) */
    Workspace(Session session, Printer printer, Path baseDir, Supplier<List<String>> history) {
        this.session = session;
        this.printer = printer;
        this.baseDir = baseDir;
        this.history = history;
        this.types = new TypeQuery(session, baseDir);
    }

    boolean quitRequested() {
        return quit;
    }

    Session session() {
        return session;
    }

    /** Asks a training under way to stop after its current step (Ctrl-C); safe from any thread. */
    void stopTraining() {
        session.interpreter().requestStop();
    }

    /** Handles one whole input: a command or code. Never throws. */
    void handle(String text) {
        try {
            if (text.isBlank()) return;
            if (Commands.isCommand(text)) command(text); else code(text);
        } catch (StackOverflowError e) {
            printer.problem("this input is nested too deeply to handle; nothing was changed");
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) throw (VirtualMachineError) e;
            printer.problem("internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()) + ". This is a bug in NNet; the session goes on.");
            if (System.getenv("NNET_DEBUG") != null) e.printStackTrace(printer.stream());
        } finally {
            printer.flush();
        }
    }

    /**
     * Code: checked and run by the session. An input that does not begin with a keyword and reads as
     * an expression is printed, as GHCi and jshell show a value typed alone.
     */
    private void code(String text) {
        SourceText typed = new SourceText("<input " + (++inputs) + ">", text);
        SourceText submitted = typed;
        int shift = 0;
        if (isBareExpression(text)) {
            submitted = new SourceText(typed.name(), "print " + text);
            shift = "print ".length();
        }
        Session.Outcome outcome = session.submit(submitted, baseDir);
        printer.stream().flush();
        printer.diagnostics(Relocation.onto(outcome.diagnostics(), submitted, typed, shift));
        if (outcome.checked().ok()) accepted.add(new Accepted(text, submitted, outcome.checked().analysis()));
    }

    private static boolean isBareExpression(String text) {
        Optional<Lexemes.Lexeme> first = Lexemes.of(text).stream()
                .filter(l -> l.kind() != Lexemes.Kind.COMMENT).findFirst();
        return first.isPresent() && first.get().kind() != Lexemes.Kind.KEYWORD
                && ScriptParser.parse(new SourceText("<input>", "print " + text)).ok();
    }

    private void command(String text) {
        String line = text.strip();
        int space = 0;
        while (space < line.length() && !Character.isWhitespace(line.charAt(space))) space++;
        String word = line.substring(0, space);
        String argument = line.substring(space).strip();
        Optional<Command> command = Commands.find(word);
        if (command.isEmpty()) {
            printer.problem(Commands.unknown(word));
            return;
        }
        switch (command.get().name()) {
            case ":help" -> help(argument);
            case ":type" -> type(text);
            case ":summary" -> summary(argument);
            case ":defs" -> definitions();
            case ":list" -> list();
            case ":load" -> load(argument);
            case ":reload" -> reload();
            case ":save" -> save(argument);
            case ":history" -> history();
            case ":reset" -> reset();
            case ":quit" -> quit = true;
            default -> printer.problem("`" + command.get().name() + "` is not done yet");
        }
    }

    private void help(String about) {
        if (!about.isEmpty()) {
            Optional<Command> c = Commands.find(about.startsWith(":") ? about : ":" + about);
            if (c.isEmpty()) {
                printer.problem(Commands.unknown(about.startsWith(":") ? about : ":" + about));
                return;
            }
            printer.line(c.get().usage() + "    " + c.get().summary());
            if (!c.get().aliases().isEmpty()) printer.line("also: " + String.join(", ", c.get().aliases()));
            return;
        }
        printer.line("Type statements as in a script: `let`, `dataset`, `model`, `train`, `evaluate`, `predict`, `print`.");
        printer.line("Definitions stay for the rest of the session. A statement that is not finished (an open");
        printer.line("bracket, a trailing `+` or `,`) goes on on the next line; an empty line twice ends it anyway.");
        printer.line("An expression alone shows its value. Tab completes; Ctrl-C stops a training after its");
        printer.line("current step, or clears the line; Ctrl-D leaves.");
        printer.line("");
        int width = Commands.TABLE.stream().mapToInt(c -> c.usage().length()).max().orElse(0);
        for (Command c : Commands.TABLE) {
            printer.line(String.format("%-" + width + "s   %s", c.usage(), c.summary()));
        }
    }

    private void type(String text) {
        SourceText typed = new SourceText("<input " + (++inputs) + ">", text);
        int start = text.indexOf(':');
        while (start < text.length() && !Character.isWhitespace(text.charAt(start))) start++;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        TypeQuery.Answer answer = types.typeOf(typed, start);
        if (answer.type() != null) {
            printer.line(text.substring(start).strip() + " : " + answer.type());
        } else if (answer.message() != null) {
            printer.problem(answer.message());
        } else {
            printer.diagnostics(answer.diagnostics());
        }
    }

    private void summary(String name) {
        if (name.isEmpty()) {
            printer.problem("say which model: `:summary MODEL`");
            return;
        }
        Optional<Analysis.Definition> definition = session.definitions().stream()
                .filter(d -> d.name().equals(name)).findFirst();
        if (definition.isEmpty() || !definition.get().kind().equals("model")) {
            List<String> models = session.definitions().stream().filter(d -> d.kind().equals("model"))
                    .map(Analysis.Definition::name).toList();
            String close = dev.nnet.text.Suggestions.closest(name, models).map(m -> "; did you mean `" + m + "`?")
                    .orElse(models.isEmpty() ? "; no model is defined yet" : "");
            printer.problem((definition.isEmpty() ? "no model named `" + name + "`"
                    : "`" + name + "` is a " + definition.get().kind() + ", not a model") + close);
            return;
        }
        for (int i = accepted.size() - 1; i >= 0; i--) {
            Accepted a = accepted.get(i);
            if (a.analysis().definitions().stream().anyMatch(d -> d.name().equals(name))) {
                ModelSummary.of(definition.get(), a.source(), a.analysis().layerShapes()).forEach(printer::line);
                return;
            }
        }
        printer.line(name + ": " + definition.get().typeName());
    }

    private void definitions() {
        List<Analysis.Definition> all = session.definitions();
        if (all.isEmpty()) printer.line("nothing is defined yet");
        for (Analysis.Definition d : all) printer.line(d.name() + ": " + d.typeName());
    }

    private void list() {
        if (accepted.isEmpty()) printer.line("no input has been accepted yet");
        for (Accepted a : accepted) {
            String[] lines = a.typed().split("\\R", -1);
            String number = a.source().name();
            printer.line(number + " " + lines[0]);
            for (int i = 1; i < lines.length; i++) printer.line(" ".repeat(number.length() + 1) + lines[i]);
        }
    }

    private void load(String file) {
        if (file.isEmpty()) {
            printer.problem("say which script: `:load FILE`");
            return;
        }
        Path path = resolve(file);
        SourceText source;
        try {
            source = ScriptFiles.read(path, file);
        } catch (ScriptFiles.Unreadable e) {
            printer.problem("cannot read `" + file + "`: " + e.getMessage());
            return;
        }
        lastLoaded = file;
        Path folder = path.toAbsolutePath().getParent();
        Session.Outcome outcome = session.submit(source, folder == null ? baseDir : folder);
        printer.stream().flush();
        printer.diagnostics(outcome.diagnostics());
        if (!outcome.checked().ok()) {
            long errors = outcome.diagnostics().stream().filter(Diagnostic::isError).count();
            printer.problem("`" + file + "` has " + errors + (errors == 1 ? " error" : " errors") + "; nothing was loaded");
            return;
        }
        accepted.add(new Accepted(":load " + file, source, outcome.checked().analysis()));
        List<String> names = outcome.checked().analysis().definitions().stream().map(Analysis.Definition::name).toList();
        printer.line("loaded " + file + (names.isEmpty() ? "" : ": " + String.join(", ", names)));
    }

    private void reload() {
        if (lastLoaded == null) {
            printer.problem("no script was loaded yet: `:load FILE` first");
            return;
        }
        String file = lastLoaded;
        reset();
        load(file);
    }

    private void save(String file) {
        if (file.isEmpty()) {
            printer.problem("say where to: `:save FILE`");
            return;
        }
        StringBuilder script = new StringBuilder();
        for (Accepted a : accepted) script.append(a.source().text().stripTrailing()).append('\n');
        try {
            Files.writeString(resolve(file), script, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            printer.problem("cannot write `" + file + "`: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
            return;
        }
        printer.line("saved " + accepted.size() + (accepted.size() == 1 ? " input" : " inputs") + " to " + file);
    }

    private void history() {
        List<String> lines = history.get();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\R", -1);
            String number = String.format("%5d  ", i + 1);
            printer.line(number + parts[0]);
            for (int j = 1; j < parts.length; j++) printer.line(" ".repeat(number.length()) + parts[j]);
        }
    }

    private void reset() {
        session.reset();
        accepted.clear();
        printer.line("forgot every definition");
    }

    private Path resolve(String file) {
        String home = System.getProperty("user.home");
        if ((file.equals("~") || file.startsWith("~/")) && home != null) return Path.of(home + file.substring(1));
        return baseDir.resolve(file);
    }
}
