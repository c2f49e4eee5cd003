package dev.nnet.syntax;

import dev.nnet.ast.Span;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.text.Suggestions;
import dev.nnet.syntax.generated.NNetLexer;
import dev.nnet.syntax.generated.NNetParser;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery, with messages for a person: "expected a value, found `)`" instead of
 * "mismatched input ')' expecting {INT, FLOAT, ...}". A missing closing bracket at the end of the
 * file is reported at the bracket that was opened, which is where the fix goes.
 */
final class PlainErrorStrategy extends DefaultErrorStrategy {
    private final SyntaxProblems problems;
    private boolean reportedUnclosed;

    PlainErrorStrategy(SyntaxProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        report(recognizer, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        report(recognizer, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    private void report(Parser parser, Token found, IntervalSet expected) {
        if (problems.isFull()) throw new org.antlr.v4.runtime.misc.ParseCancellationException("too many errors");
        if (problems.echoesLexicalError(found)) return;
        if (found.getType() == Token.EOF && reportUnclosedBracket(parser, found)) return;
        boolean startsLine = startsStatement(parser, found);
        // A statement keyword where a bracket's contents should go: the bracket was never closed.
        if (startsLine && TokenWords.STATEMENT_KEYWORDS.contains(found.getType()) && reportUnclosedBracket(parser, found)) {
            return;
        }
        if (startsLine && found.getType() == NNetLexer.IDENT) {
            expected = new IntervalSet();
            for (int keyword : TokenWords.STATEMENT_KEYWORDS) expected.add(keyword);
        }
        String expectedWords = TokenWords.describeExpected(expected);
        String message = "expected " + expectedWords + ", found " + TokenWords.describe(found);
        Span span = placeOf(parser, found);
        String label = expectedWords.length() > 40 ? "unexpected here" : "expected " + expectedWords + " here";
        Diagnostic d = Diagnostic.error(DiagnosticCode.E0101, message, problems.source(), span, label);
        d = withHelp(d, parser, found, expected);
        problems.add(d);
    }

    /** A missing thing at a line's end or the file's end is shown just after the last real token. */
    private Span placeOf(Parser parser, Token found) {
        if (found.getType() != Token.EOF && found.getType() != NNetLexer.NL) return problems.spanOf(found);
        TokenStream tokens = parser.getInputStream();
        for (int i = found.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != NNetLexer.NL) return problems.spanAfter(t);
        }
        return problems.spanOf(found);
    }

    private Diagnostic withHelp(Diagnostic d, Parser parser, Token found, IntervalSet expected) {
        boolean wantsStatement = expected.toList().containsAll(TokenWords.STATEMENT_KEYWORDS);
        if (wantsStatement && found.getType() == NNetLexer.IDENT) {
            var keyword = Suggestions.closest(found.getText(), TokenWords.keywords());
            if (keyword.isPresent()) return d.withHelp("did you mean `" + keyword.get() + "`?");
            return d.withHelp("a statement starts with a keyword; write `let " + found.getText() + " = ...` to define a value");
        }
        if (TokenWords.isKeyword(found.getType()) && expected.contains(NNetLexer.IDENT)) {
            return d.withHelp("`" + found.getText() + "` is a keyword and cannot be used as a name");
        }
        if (parser.getContext() instanceof NNetParser.OptionContext && expected.contains(TokenWords.tokenType(":"))) {
            return d.withHelp("options are written `name: value`, one per line");
        }
        if (",".equals(found.getText()) && found.getType() != NNetLexer.STRING) {
            var context = parser.getContext();
            if (context instanceof NNetParser.OptionBlockContext) {
                return d.withHelp("options in a `{ }` block are separated by line breaks or `;`, not commas");
            }
            if (context instanceof NNetParser.ModelBodyContext) {
                return d.withHelp("a model has one layer a line; put layers on one line with `;` between them");
            }
        }
        if (expected.contains(TokenWords.tokenType(",")) && !wantsStatement && found.getType() != Token.EOF
                && found.getType() != NNetLexer.NL) {
            return d.withHelp("separate arguments and list items with commas");
        }
        return d;
    }

    /** Whether {@code found} is the first token of a line (or of the file). */
    private static boolean startsStatement(Parser parser, Token found) {
        TokenStream tokens = parser.getInputStream();
        for (int i = found.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            return t.getType() == NNetLexer.NL || t.getLine() < found.getLine() || ";".equals(t.getText());
        }
        return true;
    }

    /** If a bracket opened before {@code found} is still open, say which one. */
    private boolean reportUnclosedBracket(Parser parser, Token found) {
        if (reportedUnclosed) return true;
        TokenStream tokens = parser.getInputStream();
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i < found.getTokenIndex(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == NNetLexer.STRING) continue;
            switch (t.getText()) {
                case "(", "[", "{" -> open.push(t);
                case ")", "]", "}" -> {
                    if (!open.isEmpty()) open.pop();
                }
                default -> {
                }
            }
        }
        if (open.isEmpty()) return false;
        Token opener = open.peek();
        String closer = switch (opener.getText()) {
            case "(" -> ")";
            case "[" -> "]";
            default -> "}";
        };
        problems.add(Diagnostic.error(DiagnosticCode.E0104,
                "this `" + opener.getText() + "` is never closed", problems.source(), problems.spanOf(opener),
                "opened here", "add `" + closer + "` where it should end"));
        reportedUnclosed = true;
        return true;
    }

}
