package dev.nnet.repl;

import dev.nnet.check.Analysis;
import dev.nnet.check.Plan;
import dev.nnet.check.Vocabulary;
import dev.nnet.check.Word;
import dev.nnet.syntax.Lexemes;
import dev.nnet.syntax.Lexemes.Kind;
import dev.nnet.syntax.Lexemes.Lexeme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What may be typed at the cursor, from the place it stands in (see {@link Place}): keywords where a
 * statement begins, the names defined so far, the built-in words (a loss after {@code loss:}, an
 * activation after {@code activation:}), a block's options, a call's argument names, the parts of
 * a dataset after its name and a dot, file names inside a string, and the REPL's commands.
 *
 * <p>Every word comes from the grammar ({@link Grammar}), the checker's {@link Vocabulary} or the
 * session's definitions, so new words reach completion without a change here.
 */
final class Completions {
    private static final Map<String, Word.Category> STATEMENT_SOURCES = Map.of("dataset", Word.Category.SOURCE);
    private static final Set<String> RECORDS_OF_PARTS = Set.of("split");

    private final Supplier<List<Analysis.Definition>> definitions;
    private final FileNames paths;

    Completions(Supplier<List<Analysis.Definition>> definitions, FileNames paths) {
        this.definitions = definitions;
        this.paths = paths;
    }

    /** The completion of the word that ends at {@code cursor} in {@code text}. */
    Completion at(String text, int cursor) {
        String before = text.substring(0, cursor);
        if (Commands.isCommand(before)) return command(before);
        return code(before);
    }

    private Completion code(String before) {
        List<Lexeme> tokens = Lexemes.of(before);
        Lexeme last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (last != null && last.end() == before.length()) {
            if (last.kind() == Kind.COMMENT) return Completion.none(before.length());
            if (last.kind() == Kind.STRING && isOpen(last.text())) {
                return new Completion(last.start() + 1, paths.under(before.substring(last.start() + 1), true));
            }
        }
        int wordStart = before.length();
        while (wordStart > 0 && isNamePart(before.charAt(wordStart - 1))) wordStart--;
        if (wordStart < before.length() && Character.isDigit(before.charAt(wordStart))) {
            return Completion.none(before.length());
        }
        return new Completion(wordStart, suggestions(before.substring(0, wordStart), Place.of(before, wordStart)));
    }

    private List<Suggestion> suggestions(String before, Place place) {
        Grammar grammar = Grammar.get();
        List<Suggestion> out = new ArrayList<>();
        if (place.after(".")) return members(place);
        if (!place.itemStart && place.afterValue()) return keywordsThatFit(before);
        Place.Frame frame = place.frame;
        if (frame == null) {
            if (place.itemStart) {
                grammar.statementKeywords.forEach(k -> out.add(Suggestion.of(k, "keywords", "statement")));
                out.addAll(names(null));
            } else if (place.afterStatementKeyword() && grammar.modelUsingKeywords.contains(place.statement)) {
                out.addAll(names("model"));
            } else if (place.afterStatementKeyword() && grammar.definingKeywords.contains(place.statement)) {
                return List.of(); // a new name
            } else if (place.previous.kind() == Kind.KEYWORD && place.previous.text().equals("on")) {
                out.addAll(names("dataset"));
            } else if (place.after("=") && STATEMENT_SOURCES.containsKey(place.statement)) {
                out.addAll(words(STATEMENT_SOURCES.get(place.statement)));
                out.addAll(names(null));
            } else {
                out.addAll(values());
            }
            return out;
        }
        String option = place.optionBeingGiven();
        if (option != null) return valuesFor(option);
        switch (frame.bracket()) {
            case BLOCK -> {
                List<String> options = Vocabulary.BLOCK_OPTIONS.get(frame.owner());
                if (!place.itemStart) {
                    out.addAll(values());
                } else if (options != null) {
                    for (String o : options) {
                        if (!frame.given().contains(o)) out.add(Suggestion.of(o + ":", "options", frame.owner() + " option"));
                    }
                } else {
                    grammar.modelItemKeywords.forEach(k -> out.add(Suggestion.of(k, "keywords", "model line")));
                    out.addAll(words(Word.Category.LAYER));
                }
            }
            case ARGUMENTS -> {
                if (place.after("(") || place.after(",")) {
                    for (String a : Vocabulary.argumentsOf(frame.owner() == null ? "" : frame.owner())) {
                        if (!frame.given().contains(a)) {
                            out.add(Suggestion.of(a + ":", "arguments", "argument of " + frame.owner()));
                        }
                    }
                }
                out.addAll(values());
            }
            case LIST -> out.addAll(frame.owner() == null ? values() : valuesFor(frame.owner()));
            case RECORD -> {
                if (place.itemStart && RECORDS_OF_PARTS.contains(frame.owner())) {
                    for (Plan.Partition p : Plan.Partition.values()) {
                        if (p != Plan.Partition.ALL && !frame.given().contains(p.word)) {
                            out.add(Suggestion.of(p.word + ":", "parts", "part of the split"));
                        }
                    }
                } else if (!place.itemStart) {
                    out.addAll(values());
                }
            }
        }
        return out;
    }

    /** The keywords the grammar accepts right after {@code before}: {@code on} after {@code train net}. */
    private static List<Suggestion> keywordsThatFit(String before) {
        Set<String> operators = Grammar.get().operatorKeywords;
        return Lexemes.keywords().stream().filter(k -> !operators.contains(k) && Grammar.accepts(before + k))
                .map(k -> Suggestion.of(k, "keywords", "keyword")).toList();
    }

    /** The parts of a dataset after {@code iris.}. */
    private List<Suggestion> members(Place place) {
        Lexeme owner = place.beforePrevious;
        if (owner == null || owner.kind() != Kind.NAME) return List.of();
        boolean dataset = definitions.get().stream().anyMatch(d -> d.name().equals(owner.text()) && d.kind().equals("dataset"));
        if (!dataset) return List.of();
        return Arrays.stream(Plan.Partition.values()).filter(p -> p != Plan.Partition.ALL)
                .map(p -> Suggestion.of(p.word, "parts", "part of " + owner.text())).toList();
    }

    /** What fits after {@code option:}: the built-in words of its kind and plain values, or any value. */
    private List<Suggestion> valuesFor(String option) {
        Optional<Word.Category> category = categoryOf(option);
        if (category.isEmpty()) return values();
        List<Suggestion> out = new ArrayList<>(words(category.get()));
        out.addAll(names("value"));
        return out;
    }

    private List<Suggestion> values() {
        List<Suggestion> out = new ArrayList<>(names(null));
        for (Word.Category c : Word.Category.values()) {
            if (c != Word.Category.LAYER) out.addAll(words(c));
        }
        Grammar.get().valueKeywords.forEach(k -> out.add(Suggestion.of(k, "keywords", "Bool")));
        return out;
    }

    /**
     * The category an option or argument takes its words from, matched by name: {@code loss} takes
     * losses, {@code normalize} normalisations, {@code init} initialisers, {@code metrics} metrics.
     * Names that share their first four letters (or all of a shorter one) are taken to match.
     */
    static Optional<Word.Category> categoryOf(String option) {
        for (Word.Category c : Word.Category.values()) {
            String name = c.name().toLowerCase();
            int common = 0;
            while (common < Math.min(name.length(), option.length()) && name.charAt(common) == option.charAt(common)) {
                common++;
            }
            if (common >= 4 || (common == option.length() && common == name.length())) return Optional.of(c);
        }
        return Optional.empty();
    }

    private List<Suggestion> words(Word.Category category) {
        String description = category.phrase.replaceFirst("^an? ", "");
        return Vocabulary.words(category).stream().map(w -> Suggestion.of(w, "built-in words",
                Word.named(w).map(word -> word.category.phrase.replaceFirst("^an? ", "")).orElse(description))).toList();
    }

    /** The names defined so far, of one kind ("model", "dataset", "value") or of every kind (null). */
    private List<Suggestion> names(String kind) {
        return definitions.get().stream().filter(d -> kind == null || d.kind().equals(kind))
                .map(d -> Suggestion.of(d.name(), "names", d.typeName())).toList();
    }

    private Completion command(String before) {
        int start = before.indexOf(':');
        int space = indexOfBlank(before, start);
        if (space < 0) {
            return new Completion(start, Commands.TABLE.stream()
                    .map(c -> Suggestion.of(c.name(), "commands", c.summary())).toList());
        }
        Optional<Command> command = Commands.find(before.substring(start, space));
        if (command.isEmpty()) return Completion.none(before.length());
        int argument = space;
        while (argument < before.length() && Character.isWhitespace(before.charAt(argument))) argument++;
        String typed = before.substring(argument);
        return switch (command.get().argument()) {
            case NONE -> Completion.none(before.length());
            case FILE -> new Completion(argument, paths.under(typed, false));
            case COMMAND -> new Completion(argument, Commands.TABLE.stream()
                    .map(c -> Suggestion.of(c.name().substring(1), "commands", c.summary())).toList());
            case MODEL -> {
                int wordStart = before.length();
                while (wordStart > argument && isNamePart(before.charAt(wordStart - 1))) wordStart--;
                yield new Completion(wordStart, names("model"));
            }
            case EXPRESSION -> {
                Completion inner = code("let x = " + typed);
                int shift = argument - "let x = ".length();
                yield new Completion(inner.wordStart() + shift, inner.suggestions());
            }
        };
    }

    private static int indexOfBlank(String s, int from) {
        for (int i = from; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    private static boolean isNamePart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** A string token that has no closing quote yet: {@code "data/ir}, or {@code "a\"}. */
    private static boolean isOpen(String string) {
        boolean escaped = false;
        for (int i = 1; i < string.length(); i++) {
            char c = string.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                return false;
            }
        }
        return true;
    }
}
