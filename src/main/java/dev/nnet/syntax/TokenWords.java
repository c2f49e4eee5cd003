package dev.nnet.syntax;

import dev.nnet.syntax.generated.NNetLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Describes tokens and sets of expected tokens in plain words, instead of ANTLR's token sets. */
final class TokenWords {
    private static final Vocabulary VOCABULARY = NNetLexer.VOCABULARY;
    /** The words a statement starts with, in the order messages list them. */
    static final List<Integer> STATEMENT_KEYWORD_ORDER = List.of(NNetLexer.LET, NNetLexer.DEF, NNetLexer.DATASET,
            NNetLexer.MODEL, NNetLexer.TRAIN, NNetLexer.EVALUATE, NNetLexer.PREDICT, NNetLexer.SAVE, NNetLexer.SUMMARY,
            NNetLexer.PLOT, NNetLexer.PRINT,
            NNetLexer.FOR,
            NNetLexer.IF, NNetLexer.BACKWARD, NNetLexer.STEP);
    static final Set<Integer> STATEMENT_KEYWORDS = Set.copyOf(STATEMENT_KEYWORD_ORDER);

    private TokenWords() {
    }

    /** "the name `foo`", "the number `3`", "a line break", "the end of the file", "`)`". */
    static String describe(Token t) {
        int type = t.getType();
        if (type == Token.EOF) return "the end of the file";
        if (type == NNetLexer.NL) return "the end of the line";
        String text = shorten(t.getText());
        if (type == NNetLexer.IDENT) return "the name `" + text + "`";
        if (type == NNetLexer.INT || type == NNetLexer.FLOAT) return "the number `" + text + "`";
        if (type == NNetLexer.STRING) return "the string " + text;
        if (isKeyword(type)) return "the keyword `" + text + "`";
        return "`" + text + "`";
    }

    static boolean isKeyword(int type) {
        String symbolic = VOCABULARY.getSymbolicName(type);
        String literal = VOCABULARY.getLiteralName(type);
        return symbolic != null && literal != null && Character.isLetter(literal.charAt(1));
    }

    /** "a value or `)`", "a statement", "`:`", "a name". */
    static String describeExpected(IntervalSet expected) {
        List<Integer> types = expected.toList();
        List<String> words = new ArrayList<>();
        boolean value = types.contains(NNetLexer.INT) && types.contains(NNetLexer.IDENT);
        boolean statement = types.containsAll(STATEMENT_KEYWORDS);
        if (statement) words.add("a statement (" + statementWords() + ")");
        if (value) words.add("a value");
        else if (types.contains(NNetLexer.IDENT) && !statement) words.add("a name");
        for (int type : types) {
            if (value && isValueStart(type)) continue;
            if (statement && STATEMENT_KEYWORDS.contains(type)) continue;
            if (type == NNetLexer.IDENT || type == NNetLexer.UNTERMINATED_STRING || type == NNetLexer.BAD_CHARACTER) {
                continue;
            }
            if (type == NNetLexer.NL || type == Token.EOF) {
                if (!words.contains("the end of the statement")) words.add("the end of the statement");
                continue;
            }
            if (type == tokenType(";")) continue;
            String literal = VOCABULARY.getLiteralName(type);
            if (literal != null) words.add("`" + literal.substring(1, literal.length() - 1) + "`");
        }
        // Tokens that would only continue an expression (`.`, `(`, operators) are noise next to
        // what was really missing, such as a comma or a closing bracket.
        if (words.size() > 1) {
            List<String> essential = new ArrayList<>(words);
            essential.removeAll(List.of("`(`", "`.`", "`+`", "`-`", "`*`", "`/`", "`%`", "`@`", "`..`", "`<`", "`<=`",
                    "`>`", "`>=`", "`==`", "`!=`", "`and`", "`or`"));
            if (!essential.isEmpty()) words = essential;
        }
        if (words.isEmpty()) return "something else";
        if (words.size() > 4) words = words.subList(0, 4);
        if (words.size() == 1) return words.get(0);
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String statementWords() {
        List<String> words = new ArrayList<>();
        for (int type : STATEMENT_KEYWORD_ORDER) {
            String literal = VOCABULARY.getLiteralName(type);
            words.add(literal.substring(1, literal.length() - 1));
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static boolean isValueStart(int type) {
        if (type == NNetLexer.INT || type == NNetLexer.FLOAT || type == NNetLexer.STRING || type == NNetLexer.TRUE
                || type == NNetLexer.FALSE || type == NNetLexer.IDENT) {
            return true;
        }
        String literal = VOCABULARY.getLiteralName(type);
        return literal != null && Set.of("'['", "'{'", "'('", "'-'", "'+'", "'not'").contains(literal);
    }

    static int tokenType(String literal) {
        for (int type = 1; type <= VOCABULARY.getMaxTokenType(); type++) {
            if (("'" + literal + "'").equals(VOCABULARY.getLiteralName(type))) return type;
        }
        throw new IllegalArgumentException(literal);
    }

    static List<String> keywords() {
        List<String> words = new ArrayList<>();
        for (int type = 1; type <= VOCABULARY.getMaxTokenType(); type++) {
            if (isKeyword(type)) {
                String literal = VOCABULARY.getLiteralName(type);
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return words;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
