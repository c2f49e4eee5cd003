package dev.nnet.lsp;

import dev.nnet.check.Vocabulary;
import dev.nnet.check.Word;
import dev.nnet.syntax.Lexemes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * Completion from where the cursor stands, read off the tokens before it (so it works on text
 * that does not parse yet): statement keywords at the start of a statement; a block's options at
 * the start of an option line; layers in a model; named arguments inside a call; the words that
 * fit after {@code activation:}, {@code loss:}, {@code optimizer:}... ; the parts of a dataset after
 * {@code iris.}; and otherwise the names in scope and the built-in words.
 */
final class Completions {
    private static final List<String> STATEMENTS = List.of("let", "def", "dataset", "model", "train", "evaluate",
            "predict", "save", "summary", "plot", "print", "for", "if", "backward", "step");
    private static final List<String> PARTS = List.of("train", "validation", "test");

    /** An open bracket before the cursor: what it is and, for a block or call, whose. */
    private record Open(String bracket, String owner) {
    }

    private Completions() {
    }

    static List<CompletionItem> at(Snapshot snapshot, Snapshot lastParsed, int offset) {
        if (inCommentOrString(snapshot, offset)) return List.of();
        List<Lexemes.Lexeme> before = tokensBefore(snapshot, offset);
        Deque<Open> open = new ArrayDeque<>();
        String statement = null;
        for (int i = 0; i < before.size(); i++) {
            Lexemes.Lexeme t = before.get(i);
            if (inStatements(open.peek()) && startsStatement(snapshot, before, i)) statement = t.text();
            switch (t.text()) {
                case "{" -> open.push(new Open("{", blockOwner(before, i, open, statement)));
                case "(" -> open.push(new Open("(", i > 0 ? before.get(i - 1).text() : ""));
                case "[" -> open.push(new Open("[", optionBefore(before, i)));
                case "}", ")", "]" -> {
                    if (!open.isEmpty()) open.pop();
                }
                default -> {
                }
            }
        }
        List<Names.Defined> names = new ArrayList<>();
        for (Names.Defined d : Names.definitions(snapshot, lastParsed)) if (d.start() < offset) names.add(d);

        Lexemes.Lexeme last = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean lineStart = last == null || last.text().equals(";") || last.text().equals("{")
                || newlineBetween(snapshot, last.end(), offset);
        Items items = new Items();
        Open top = open.peek();
        if (inStatements(top) && lineStart) {
            items.keywords(STATEMENTS);
        } else if (top != null && top.bracket.equals("{") && lineStart
                && Vocabulary.BLOCK_OPTIONS.containsKey(top.owner)) {
            for (String option : Vocabulary.BLOCK_OPTIONS.get(top.owner)) {
                items.add(option, CompletionItemKind.Property, top.owner + " option", option + ": ");
            }
        } else if (top != null && top.bracket.equals("{") && lineStart && top.owner.equals("model")) {
            items.keywords(List.of("input"));
            items.words(Word.Category.LAYER);
        } else if (top != null && top.bracket.equals("{") && top.owner.equals("split")
                && (last.text().equals("{") || last.text().equals(","))) {
            for (String part : PARTS) items.add(part, CompletionItemKind.Property, "a part of the split", part + ": ");
        } else if (last != null && last.text().equals(".")) {
            items.parts();
        } else if (last != null && last.text().equals(":")) {
            values(items, before.size() >= 2 ? before.get(before.size() - 2).text() : "", names);
        } else if (last != null && (last.text().equals("train") || last.text().equals("evaluate")
                || last.text().equals("predict") || last.text().equals("plot"))
                && last.kind() == Lexemes.Kind.KEYWORD) {
            items.names(names, "model");
        } else if (last != null && last.text().equals("on") && "step".equals(statement)) {
            items.names(names, "model");
        } else if (last != null && last.text().equals("on")) {
            items.names(names, "dataset");
            items.names(names, "value");
        } else if (top != null && top.bracket.equals("[") && top.owner.equals("metrics")) {
            items.words(Word.Category.METRIC);
        } else if (top != null && top.bracket.equals("(") && (last.text().equals("(") || last.text().equals(","))) {
            for (String argument : Vocabulary.argumentsOf(top.owner)) {
                items.add(argument, CompletionItemKind.Property, "argument of " + top.owner, argument + ": ");
            }
            everything(items, names);
        } else {
            everything(items, names);
        }
        return items.list();
    }

    /** The value words that fit after {@code option:}. */
    private static void values(Items items, String option, List<Names.Defined> names) {
        switch (option) {
            case "activation" -> items.words(Word.Category.ACTIVATION);
            case "loss" -> items.words(Word.Category.LOSS);
            case "optimizer" -> {
                items.words(Word.Category.OPTIMIZER);
                items.names(names, "value");
            }
            case "init" -> items.words(Word.Category.INITIALIZER);
            case "lr_schedule" -> items.words(Word.Category.SCHEDULE);
            case "normalize" -> items.words(Word.Category.NORMALIZATION);
            case "batch_size" -> {
                items.words(Word.Category.BATCH_SIZE);
                items.names(names, "value");
            }
            case "validation" -> items.names(names, "dataset");
            case "bias", "nesterov" -> items.keywords(List.of("true", "false"));
            case "progress" -> items.keywords(dev.nnet.check.Plan.Progress.words());
            default -> everything(items, names);
        }
    }

    private static void everything(Items items, List<Names.Defined> names) {
        items.names(names, null);
        for (Word.Category category : Word.Category.values()) items.words(category);
        items.keywords(List.of("true", "false"));
    }

    /** Inside a comment, or inside a string (after its opening quote, before its closing one). */
    private static boolean inCommentOrString(Snapshot snapshot, int offset) {
        for (Lexemes.Lexeme t : snapshot.lexemes()) {
            if (t.start() >= offset) break;
            if (t.kind() == Lexemes.Kind.COMMENT && offset <= t.end()) return true;
            if (t.kind() == Lexemes.Kind.STRING) {
                boolean closed = t.text().length() > 1 && t.text().endsWith("\"");
                if (closed ? offset < t.end() : offset <= t.end()) return true;
            }
        }
        return false;
    }

    private static List<Lexemes.Lexeme> tokensBefore(Snapshot snapshot, int offset) {
        List<Lexemes.Lexeme> out = new ArrayList<>();
        for (Lexemes.Lexeme t : snapshot.lexemes()) {
            if (t.start() >= offset) break;
            if (t.kind() == Lexemes.Kind.COMMENT) continue;
            // The word being typed is not context: `dens|` completes like `|`.
            if (t.end() >= offset && (t.kind() == Lexemes.Kind.NAME || t.kind() == Lexemes.Kind.KEYWORD)) break;
            out.add(t);
        }
        return out;
    }

    private static boolean startsStatement(Snapshot snapshot, List<Lexemes.Lexeme> tokens, int i) {
        if (i == 0) return true;
        Lexemes.Lexeme previous = tokens.get(i - 1);
        return previous.text().equals(";") || previous.text().equals("{")
                || newlineBetween(snapshot, previous.end(), tokens.get(i).start());
    }

    private static boolean newlineBetween(Snapshot snapshot, int from, int to) {
        String between = snapshot.text().substring(Math.min(from, to), to);
        return between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0;
    }

    /** A '{' opens a model body or an option block of its statement, or a record value of an option. */
    private static String blockOwner(List<Lexemes.Lexeme> tokens, int i, Deque<Open> open, String statement) {
        String previous = i > 0 ? tokens.get(i - 1).text() : "";
        boolean value = List.of("=", ":", ",", "(", "[").contains(previous);
        if (value) return optionBefore(tokens, i);
        return inStatements(open.peek()) && statement != null ? statement : "";
    }

    /** At the top level, or in the body of a {@code for} or an {@code if}: where statements stand. */
    private static boolean inStatements(Open top) {
        return top == null || (top.bracket.equals("{") && (top.owner.equals("for") || top.owner.equals("if")));
    }

    /** For `name: {` or `name: [`, the name; otherwise "". */
    private static String optionBefore(List<Lexemes.Lexeme> tokens, int i) {
        if (i >= 2 && tokens.get(i - 1).text().equals(":")) return tokens.get(i - 2).text();
        return "";
    }

    /** The items offered, each label once, in the order added. */
    private static final class Items {
        private final Map<String, CompletionItem> items = new LinkedHashMap<>();

        void add(String label, CompletionItemKind kind, String detail, String insert) {
            if (items.containsKey(label)) return;
            CompletionItem item = new CompletionItem(label);
            item.setKind(kind);
            item.setDetail(detail);
            if (insert != null && !insert.equals(label)) item.setInsertText(insert);
            item.setSortText(String.format(java.util.Locale.ROOT, "%04d", items.size()));
            items.put(label, item);
        }

        void keywords(List<String> words) {
            for (String w : words) add(w, CompletionItemKind.Keyword, "keyword", null);
        }

        void words(Word.Category category) {
            for (String w : Vocabulary.words(category)) {
                Word word = Word.named(w).orElseThrow();
                boolean takesArguments = !Vocabulary.argumentsOf(w).isEmpty();
                add(w, takesArguments ? CompletionItemKind.Function : CompletionItemKind.EnumMember,
                        word.category.phrase, null);
            }
        }

        void names(List<Names.Defined> names, String kind) {
            for (Names.Defined d : names) {
                if (kind != null && !kind.equals(d.kind())) continue;
                CompletionItemKind itemKind = switch (d.kind()) {
                    case "model" -> CompletionItemKind.Class;
                    case "dataset" -> CompletionItemKind.Struct;
                    case "function" -> CompletionItemKind.Function;
                    default -> CompletionItemKind.Variable;
                };
                add(d.name(), itemKind, d.typeName() == null ? d.kind() : d.typeName(), null);
            }
        }

        void parts() {
            for (String part : PARTS) add(part, CompletionItemKind.Field, "a part of the dataset's split", null);
        }

        List<CompletionItem> list() {
            return new ArrayList<>(items.values());
        }
    }
}
