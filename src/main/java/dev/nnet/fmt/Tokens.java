package dev.nnet.fmt;

import dev.nnet.syntax.Lexemes;
import dev.nnet.syntax.Lexemes.Lexeme;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The tokens of a script as the lexer sees them, comments and `;` included, with what the
 * formatter needs to know about the text between them: how many line breaks stand before each,
 * and which brackets match.
 */
final class Tokens {
    /** Tokens that stand between two operands; a comment written just before one moves after it. */
    private static final Set<String> INFIX = Set.of(",", ":", "=", ".", "..", "*", "/", "%", "@", "<", "<=", ">",
            ">=", "==", "!=");
    /** Infix only after an operand: `+` and `-` are also signs, `and` and `or` also names of fields and members. */
    private static final Set<String> INFIX_AFTER_OPERAND = Set.of("+", "-", "and", "or");
    private static final Set<String> CLOSING = Set.of(")", "]", "}");

    private final String text;
    private final List<Lexeme> all;
    private final int[] lineBreaksBefore;
    private final int[] match;

    Tokens(String text) {
        this.text = text;
        this.all = Lexemes.of(text);
        this.lineBreaksBefore = new int[all.size() + 1];
        this.match = new int[all.size()];
        Arrays.fill(match, -1);
        int previousEnd = 0;
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < all.size(); i++) {
            Lexeme t = all.get(i);
            lineBreaksBefore[i] = lineBreaks(previousEnd, t.start());
            if (!isSemicolon(i)) previousEnd = t.end();
            if (isCode(i)) {
                switch (t.text()) {
                    case "(", "[", "{" -> open.push(i);
                    case ")", "]", "}" -> {
                        if (!open.isEmpty()) {
                            int o = open.pop();
                            match[o] = i;
                            match[i] = o;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        lineBreaksBefore[all.size()] = lineBreaks(previousEnd, text.length());
    }

    int size() {
        return all.size();
    }

    Lexeme get(int i) {
        return all.get(i);
    }

    String text(int i) {
        return i < all.size() ? all.get(i).text() : "";
    }

    boolean isComment(int i) {
        return i < all.size() && all.get(i).kind() == Lexemes.Kind.COMMENT;
    }

    boolean isSemicolon(int i) {
        return i < all.size() && all.get(i).kind() == Lexemes.Kind.PUNCTUATION && all.get(i).text().equals(";");
    }

    /** A token the formatter prints: neither a comment nor a `;` (which only separates). */
    boolean isCode(int i) {
        return i < all.size() && !isComment(i) && !isSemicolon(i);
    }

    /** The first code token at or after {@code i}, or {@link #size()} at the end. */
    int nextCode(int i) {
        while (i < all.size() && !isCode(i)) i++;
        return i;
    }

    /** The last code token before {@code i}, or -1. */
    int previousCode(int i) {
        i--;
        while (i >= 0 && !isCode(i)) i--;
        return i;
    }

    /** Line breaks between the token before {@code i} (a `;` not counted) and token {@code i}. */
    int lineBreaksBefore(int i) {
        return lineBreaksBefore[i];
    }

    /** The bracket that matches bracket {@code i}, or -1. */
    int match(int i) {
        return match[i];
    }

    /** Whether a line break stands right after token {@code i}, before the next token. */
    boolean lineBreakAfter(int i) {
        int end = all.get(i).end();
        int next = i + 1 < all.size() ? all.get(i + 1).start() : text.length();
        return lineBreaks(end, next) > 0;
    }

    /** Whether the text from the start of token {@code from} to the end of token {@code to} has a line break. */
    boolean lineBreakWithin(int from, int to) {
        return lineBreaks(all.get(from).start(), all.get(to).end()) > 0;
    }

    boolean isClosing(int i) {
        return isCode(i) && CLOSING.contains(all.get(i).text());
    }

    /**
     * Whether token {@code i} stands between two operands, so that a comment before it is better
     * written after it: a comma, a colon, `=`, `.` or a binary operator (`+` and `-` only after
     * something that ends an operand).
     */
    boolean isInfix(int i) {
        if (!isCode(i)) return false;
        Lexeme t = all.get(i);
        if (t.kind() == Lexemes.Kind.STRING) return false;
        if (INFIX.contains(t.text())) return true;
        return INFIX_AFTER_OPERAND.contains(t.text()) && endsOperand(previousCode(i));
    }

    /** Whether token {@code i} can be the last token of an operand: a name, a literal, a member, a closing bracket. */
    private boolean endsOperand(int i) {
        if (i < 0) return false;
        Lexeme t = all.get(i);
        return switch (t.kind()) {
            case NAME, NUMBER, STRING -> true;
            case KEYWORD -> t.text().equals("true") || t.text().equals("false") || tokenBeforeIs(i, ".");
            default -> t.text().equals(")") || t.text().equals("]") || t.text().equals("}");
        };
    }

    private boolean tokenBeforeIs(int i, String text) {
        int before = previousCode(i);
        return before >= 0 && all.get(before).text().equals(text);
    }

    private int lineBreaks(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n'))) count++;
        }
        return count;
    }
}
