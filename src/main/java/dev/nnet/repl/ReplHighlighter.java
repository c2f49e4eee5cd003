package dev.nnet.repl;

import dev.nnet.check.Vocabulary;
import dev.nnet.syntax.Lexemes;
import java.util.HashSet;
import java.util.Set;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the input as it is typed, from the lexer's tokens ({@link Lexemes}): keywords, built-in
 * words, numbers, strings, comments, and characters that are not part of the language. A command
 * line has its command word coloured and the rest read as code. Only used on a terminal that shows
 * colours; a dumb terminal gets the text as it is.
 */
final class ReplHighlighter implements Highlighter {
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle BUILT_IN = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
    static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);

    private final Set<String> builtIns = new HashSet<>(Vocabulary.allWords());

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    AttributedString highlight(String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        int codeStart = 0;
        if (Commands.isCommand(buffer)) {
            int colon = buffer.indexOf(':');
            int end = colon;
            while (end < buffer.length() && !Character.isWhitespace(buffer.charAt(end))) end++;
            out.append(buffer.substring(0, colon));
            out.styled(COMMAND, buffer.substring(colon, end));
            codeStart = end;
        }
        String code = buffer.substring(codeStart);
        int at = 0;
        for (Lexemes.Lexeme l : Lexemes.of(code)) {
            out.append(code.substring(at, l.start()));
            out.styled(styleOf(l), l.text());
            at = l.end();
        }
        out.append(code.substring(at));
        return out.toAttributedString();
    }

    private AttributedStyle styleOf(Lexemes.Lexeme l) {
        return switch (l.kind()) {
            case KEYWORD -> KEYWORD;
            case NAME -> builtIns.contains(l.text()) ? BUILT_IN : AttributedStyle.DEFAULT;
            case NUMBER -> NUMBER;
            case STRING -> STRING;
            case COMMENT -> COMMENT;
            case ERROR -> ERROR;
            case PUNCTUATION -> AttributedStyle.DEFAULT;
        };
    }
}
