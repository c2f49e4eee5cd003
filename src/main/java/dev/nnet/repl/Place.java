package dev.nnet.repl;

import dev.nnet.syntax.Lexemes;
import dev.nnet.syntax.Lexemes.Kind;
import dev.nnet.syntax.Lexemes.Lexeme;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a word being typed stands in the syntax, read from the tokens before it: in which
 * statement, inside which bracket (an option block, a record, an argument list, a list), and
 * whether it begins an item there (a statement, an option, a line of a model, a record's key).
 * The tokens may be any text at all: an unfinished input is the usual case.
 */
final class Place {
    enum Bracket { BLOCK, RECORD, ARGUMENTS, LIST }

    /**
     * An open bracket: what kind, what it belongs to (the statement keyword of a block, the function
     * of an argument list, the option a record or list is the value of), and the names already given
     * in it ({@code epochs:} in a block, {@code activation:} in a call).
     */
    record Frame(Bracket bracket, String owner, Set<String> given) {
    }

    private static final Set<String> CONTINUING = Set.of("+", "-", "*", "/", "%", ",", ":", "=", ".", "(", "[", "{");

    /** The keyword of the statement the word is in, or null; and the token that began that statement. */
    final String statement;
    final Lexeme statementToken;
    /** The innermost open bracket, or null at the top level. */
    final Frame frame;
    /** The two tokens before the word (null where there are none). */
    final Lexeme previous;
    final Lexeme beforePrevious;
    /** Whether the word begins an item: a statement, an option, a model line, a record's key. */
    final boolean itemStart;

    private Place(String statement, Lexeme statementToken, Frame frame, Lexeme previous, Lexeme beforePrevious,
                  boolean itemStart) {
        this.statement = statement;
        this.statementToken = statementToken;
        this.frame = frame;
        this.previous = previous;
        this.beforePrevious = beforePrevious;
        this.itemStart = itemStart;
    }

    /** The place of a word starting at {@code wordStart} in {@code text}. */
    static Place of(String text, int wordStart) {
        List<Lexeme> tokens = Lexemes.of(text.substring(0, wordStart)).stream()
                .filter(l -> l.kind() != Kind.COMMENT).toList();
        Deque<Frame> open = new ArrayDeque<>();
        String statement = null;
        Lexeme statementToken = null;
        Lexeme previous = null;
        Lexeme beforePrevious = null;
        boolean itemStart = true;
        for (Lexeme t : tokens) {
            if (previous != null && lineBreakBetween(text, previous.end(), t.start(), previous) && breaksItems(open)) {
                itemStart = true;
            }
            if (itemStart && open.isEmpty()) {
                statement = t.kind() == Kind.KEYWORD ? t.text() : null;
                statementToken = t;
            }
            itemStart = false;
            switch (t.text()) {
                case "{" -> {
                    boolean record = previous != null && Set.of("=", ":", ",", "(", "[").contains(previous.text());
                    String owner = record ? optionBefore(previous, beforePrevious) : statement;
                    open.push(new Frame(record ? Bracket.RECORD : Bracket.BLOCK, owner, new HashSet<>()));
                    itemStart = true;
                }
                case "(" -> open.push(new Frame(Bracket.ARGUMENTS,
                        previous != null && previous.kind() == Kind.NAME ? previous.text() : null, new HashSet<>()));
                case "[" -> open.push(new Frame(Bracket.LIST, optionBefore(previous, beforePrevious), new HashSet<>()));
                case "}", ")", "]" -> {
                    if (!open.isEmpty()) open.pop();
                }
                case ";" -> itemStart = breaksItems(open);
                case "," -> itemStart = !open.isEmpty() && open.peek().bracket() == Bracket.RECORD;
                case ":" -> {
                    if (!open.isEmpty() && previous != null && previous.kind() != Kind.PUNCTUATION) {
                        open.peek().given().add(previous.text());
                    }
                }
                default -> {
                }
            }
            beforePrevious = previous;
            previous = t;
        }
        if (previous != null && lineBreakBetween(text, previous.end(), wordStart, previous) && breaksItems(open)) {
            itemStart = true;
        }
        return new Place(statement, statementToken, open.peek(), previous, beforePrevious, itemStart);
    }

    /** Whether the word directly follows the keyword that began its statement ({@code train |}). */
    boolean afterStatementKeyword() {
        return previous != null && previous == statementToken && previous.kind() == Kind.KEYWORD;
    }

    /**
     * Whether the word follows a whole value ({@code 1 |}, {@code net |}, {@code iris.train |}): then
     * only an operator or a keyword such as {@code on} can come, not another value.
     */
    boolean afterValue() {
        if (previous == null) return false;
        if (previous.kind() == Kind.KEYWORD) return beforePrevious != null && beforePrevious.text().equals(".");
        return previous.kind() == Kind.NAME || previous.kind() == Kind.NUMBER || previous.kind() == Kind.STRING
                || Set.of(")", "]", "}").contains(previous.text());
    }

    /** Whether the text before the word ends with {@code token} (a piece of punctuation). */
    boolean after(String token) {
        return previous != null && previous.text().equals(token);
    }

    /** The name before a {@code :} that precedes the word ({@code loss} in {@code loss: }), or null. */
    String optionBeingGiven() {
        return after(":") && beforePrevious != null && beforePrevious.kind() != Kind.PUNCTUATION
                ? beforePrevious.text() : null;
    }

    private static String optionBefore(Lexeme previous, Lexeme beforePrevious) {
        return previous != null && previous.text().equals(":") && beforePrevious != null ? beforePrevious.text() : null;
    }

    /** A line break ends an item at the top level and in a block, unless the token before it continues. */
    private static boolean breaksItems(Deque<Frame> open) {
        return open.isEmpty() || open.peek().bracket() == Bracket.BLOCK;
    }

    private static boolean lineBreakBetween(String text, int from, int to, Lexeme before) {
        if (CONTINUING.contains(before.text())) return false;
        String between = text.substring(from, to);
        return between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0;
    }
}
