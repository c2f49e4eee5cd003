package dev.nnet.lsp;

import dev.nnet.check.Word;
import dev.nnet.syntax.Lexemes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language's words as the editor grammars must highlight them: the lexer's keywords and the
 * checker's built-in words, each with the highlighting class it gets in each editor. A keyword
 * that this table does not know is a new keyword: the editor tests then fail until the grammars
 * and this table learn it.
 */
final class EditorWords {
    /** How one editor shows one word: its TextMate scope, Vim syntax group and Emacs face. */
    record Look(String textMateScope, String vimGroup, String emacsFace) {
    }

    private static final Look DECLARATION = new Look("keyword.declaration.nnet", "nnetDeclaration",
            "font-lock-keyword-face");
    private static final Look STATEMENT = new Look("keyword.other.statement.nnet", "nnetStatement",
            "font-lock-keyword-face");
    private static final Look OTHER = new Look("keyword.other.nnet", "nnetKeyword", "font-lock-keyword-face");
    private static final Look REPEAT = new Look("keyword.control.nnet", "nnetRepeat", "font-lock-keyword-face");
    private static final Look CONDITIONAL = new Look("keyword.control.nnet", "nnetConditional",
            "font-lock-keyword-face");
    private static final Look LOGICAL = new Look("keyword.operator.logical.nnet", "nnetLogical",
            "font-lock-keyword-face");
    private static final Look BOOLEAN = new Look("constant.language.boolean.nnet", "nnetBoolean",
            "font-lock-constant-face");

    private static final Map<String, Look> KEYWORDS = Map.ofEntries(
            Map.entry("let", DECLARATION), Map.entry("def", DECLARATION), Map.entry("dataset", DECLARATION),
            Map.entry("model", DECLARATION),
            Map.entry("train", STATEMENT), Map.entry("evaluate", STATEMENT), Map.entry("predict", STATEMENT),
            Map.entry("print", STATEMENT), Map.entry("backward", STATEMENT), Map.entry("step", STATEMENT),
            Map.entry("save", STATEMENT), Map.entry("summary", STATEMENT), Map.entry("plot", STATEMENT), Map.entry("to", OTHER),
            Map.entry("on", OTHER), Map.entry("input", OTHER),
            Map.entry("for", REPEAT), Map.entry("in", REPEAT),
            Map.entry("if", CONDITIONAL), Map.entry("else", CONDITIONAL),
            Map.entry("and", LOGICAL), Map.entry("or", LOGICAL), Map.entry("not", LOGICAL),
            Map.entry("true", BOOLEAN), Map.entry("false", BOOLEAN));

    private EditorWords() {
    }

    /** Every keyword and built-in word, in the lexer's and the vocabulary's order, with its look. */
    static Map<String, Look> all() {
        Map<String, Look> out = new LinkedHashMap<>();
        for (String keyword : Lexemes.keywords()) out.put(keyword, keywordLook(keyword));
        for (Word word : Word.values()) out.put(word.text, look(word.category));
        return out;
    }

    static boolean isKeyword(String word) {
        return Lexemes.keywords().contains(word);
    }

    private static Look keywordLook(String keyword) {
        Look look = KEYWORDS.get(keyword);
        if (look == null) {
            throw new AssertionError("the lexer has a new keyword `" + keyword + "`: highlight it in the editor "
                    + "grammars (editor-support/) and give it its look in EditorWords");
        }
        return look;
    }

    /** A built-in word's look follows from its category: functions for what computes, constants for the rest. */
    static Look look(Word.Category category) {
        boolean function = switch (category) {
            case ACTIVATION, LAYER, LOSS, OPTIMIZER, SOURCE, FUNCTION, SCHEDULE -> true;
            default -> false;
        };
        String dashed = category.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Look((function ? "support.function." : "support.constant.") + dashed + ".nnet",
                "nnet" + camel(category.name()),
                function ? "font-lock-builtin-face" : "font-lock-constant-face");
    }

    /** The Emacs mode's list of a category's words: nnet-activations, nnet-batch-sizes. */
    static String emacsList(Word.Category category) {
        String dashed = category.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "nnet-" + dashed + (dashed.endsWith("s") ? "es" : "s");
    }

    private static String camel(String upperSnake) {
        StringBuilder out = new StringBuilder();
        for (String part : upperSnake.split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** The scripts a user reads in an editor: every example, which must show no mistake anywhere. */
    static List<java.nio.file.Path> examples() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("examples"))) {
            return files.filter(f -> f.toString().endsWith(".nnet")).map(f -> f.toAbsolutePath()).sorted().toList();
        }
    }

    static List<String> keywordsOf(Map<String, Look> all) {
        return all.keySet().stream().filter(EditorWords::isKeyword).toList();
    }
}
