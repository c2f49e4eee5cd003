package dev.nnet.syntax;

import dev.nnet.syntax.generated.NNetLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Decides which line breaks end a statement. A line break is dropped where a statement cannot end
 * yet: inside ( ) and [ ], inside a { } that opens a value (one that follows '=', ':', ',', '(' or
 * '['), after an operator, a comma, a colon or an opening bracket, and after another line break.
 * This is what lets a REPL line ending in '(' or '+' continue on the next line, and a script write
 * one option per line without separators.
 *
 * <p>It also takes the lexer's two error tokens out of the stream: a bad character is reported
 * and dropped, an unterminated string is reported and passed on as a string, so that one typo
 * gives one diagnostic rather than a cascade of parse errors.
 */
final class LineBreakFilter implements TokenSource {
    private enum Bracket { ROUND_OR_SQUARE, VALUE_BRACE, BLOCK_BRACE }

    /** Deeper nesting than this is refused, so that reading a script never needs a huge stack. */
    static final int MAX_DEPTH = 200;
    /** Likewise for a run of signs (`- - - x`), which nest without brackets. */
    static final int MAX_PREFIX_RUN = 200;
    private int prefixRun;

    private final NNetLexer lexer;
    private final SyntaxProblems problems;
    private final Deque<Bracket> open = new ArrayDeque<>();
    private Token previous; // the last default-channel token passed on
    private Token beforePrevious; // the one before it: a '.' there makes `previous` a member name

    LineBreakFilter(NNetLexer lexer, SyntaxProblems problems) {
        this.lexer = lexer;
        this.problems = problems;
    }

    @Override
    public Token nextToken() {
        if (problems.isTooDeep()) return endOfFile();
        while (true) {
            Token t = lexer.nextToken();
            if (t.getChannel() != Token.DEFAULT_CHANNEL) return t;
            switch (t.getType()) {
                case NNetLexer.BAD_CHARACTER -> {
                    problems.badCharacter(t);
                    continue;
                }
                case NNetLexer.UNTERMINATED_STRING -> {
                    problems.unterminatedString(t);
                    CommonToken asString = new CommonToken(t);
                    asString.setType(NNetLexer.STRING);
                    asString.setText(t.getText() + "\"");
                    return passOn(asString);
                }
                case NNetLexer.NL -> {
                    if (lineBreakContinues()) continue;
                    return passOn(t);
                }
                default -> {
                    String text = t.getText(); // once: each call copies it out of the input
                    if (tooDeep(t, text)) return endOfFile();
                    if (t.getType() == NNetLexer.STRING) {
                        int bad = StringEscapes.firstBadEscape(text);
                        if (bad >= 0) problems.badEscape(t, bad);
                    }
                    track(t, text);
                    return passOn(t);
                }
            }
        }
    }

    private boolean lineBreakContinues() {
        if (previous == null || previous.getType() == NNetLexer.NL) return true;
        Bracket innermost = open.peek();
        if (innermost == Bracket.ROUND_OR_SQUARE || innermost == Bracket.VALUE_BRACE) return true;
        if (previous.getType() == NNetLexer.STRING) return false;
        boolean member = beforePrevious != null && ".".equals(beforePrevious.getText());
        return switch (previous.getText()) {
            case "(", "[", "{", ",", ":", "=", "+", "-", "*", "/", "%", ".", "@", "..", "<", "<=", ">", ">=", "==",
                    "!=" -> true;
            case "and", "or", "not" -> !member; // `x.and` ends with a member name, not an operator
            default -> false;
        };
    }

    private boolean tooDeep(Token t, String text) {
        boolean prefix = (text.equals("-") || text.equals("+") || text.equals("not")) && t.getType() != NNetLexer.STRING;
        prefixRun = prefix ? prefixRun + 1 : 0;
        boolean opens = (text.equals("(") || text.equals("[") || text.equals("{")) && t.getType() != NNetLexer.STRING;
        if (opens && open.size() >= MAX_DEPTH || prefixRun > MAX_PREFIX_RUN) {
            problems.tooDeep(t, opens ? MAX_DEPTH : MAX_PREFIX_RUN);
            return true;
        }
        return false;
    }

    private Token endOfFile() {
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setLine(lexer.getLine());
        eof.setCharPositionInLine(lexer.getCharPositionInLine());
        eof.setStartIndex(lexer.getInputStream().index());
        eof.setStopIndex(lexer.getInputStream().index() - 1);
        return eof;
    }

    private void track(Token t, String text) {
        if (t.getType() == NNetLexer.STRING) return;
        switch (text) {
            case "(", "[" -> open.push(Bracket.ROUND_OR_SQUARE);
            case "{" -> open.push(opensValue() ? Bracket.VALUE_BRACE : Bracket.BLOCK_BRACE);
            case ")", "]", "}" -> {
                if (!open.isEmpty()) open.pop();
            }
            default -> {
            }
        }
    }

    private boolean opensValue() {
        if (previous == null) return false;
        return switch (previous.getText()) {
            case "=", ":", ",", "(", "[" -> true;
            default -> false;
        };
    }

    private Token passOn(Token t) {
        beforePrevious = previous;
        previous = t;
        return t;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
