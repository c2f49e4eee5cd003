package dev.nnet.syntax;

import dev.nnet.syntax.generated.NNetLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The lexer's view of a text, for highlighters (REPL, editors): every token with its kind and its
 * place. Works on any text, complete or not, and never fails.
 */
public final class Lexemes {
    private Lexemes() {
    }

    public enum Kind { KEYWORD, NAME, NUMBER, STRING, COMMENT, PUNCTUATION, ERROR }

    /** One token: its kind, its text, and its character offsets [start, end) in the text. */
    public record Lexeme(Kind kind, String text, int start, int end) {
    }

    public static List<Lexeme> of(String text) {
        NNetLexer lexer = new NNetLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Lexeme> out = new ArrayList<>();
        int offset = 0; // in UTF-16 units; ANTLR counts code points
        int codePoint = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            while (codePoint < t.getStartIndex()) {
                offset += Character.charCount(text.codePointAt(offset));
                codePoint++;
            }
            int start = offset;
            String tokenText = t.getText();
            if (t.getType() != NNetLexer.WS && t.getType() != NNetLexer.NL) {
                out.add(new Lexeme(kindOf(t.getType()), tokenText, start, start + tokenText.length()));
            }
        }
        return out;
    }

    /** The keywords of the grammar, in the order it declares them. */
    public static List<String> keywords() {
        return TokenWords.keywords();
    }

    private static Kind kindOf(int type) {
        if (TokenWords.isKeyword(type)) return Kind.KEYWORD;
        return switch (type) {
            case NNetLexer.IDENT -> Kind.NAME;
            case NNetLexer.INT, NNetLexer.FLOAT -> Kind.NUMBER;
            case NNetLexer.STRING, NNetLexer.UNTERMINATED_STRING -> Kind.STRING;
            case NNetLexer.COMMENT -> Kind.COMMENT;
            case NNetLexer.BAD_CHARACTER -> Kind.ERROR;
            default -> Kind.PUNCTUATION;
        };
    }
}
