package dev.nnet.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnet.check.Vocabulary;
import dev.nnet.syntax.Lexemes;
import java.util.SplittableRandom;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Highlighting comes from the lexer's tokens, and never changes the text. */
class HighlighterTest {
    private final ReplHighlighter highlighter = new ReplHighlighter();

    private AttributedStyle styleOf(String text, String part) {
        AttributedString shown = highlighter.highlight(text);
        return shown.styleAt(text.indexOf(part));
    }

    @Test
    void eachKindOfTokenHasItsStyle() {
        String text = "let rate = 0.5 * adam # why\nprint \"x\" $";
        assertEquals(ReplHighlighter.KEYWORD, styleOf(text, "let"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(text, "rate"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(text, "="));
        assertEquals(ReplHighlighter.NUMBER, styleOf(text, "0.5"));
        assertEquals(ReplHighlighter.BUILT_IN, styleOf(text, "adam"));
        assertEquals(ReplHighlighter.COMMENT, styleOf(text, "# why"));
        assertEquals(ReplHighlighter.KEYWORD, styleOf(text, "print"));
        assertEquals(ReplHighlighter.STRING, styleOf(text, "\"x\""));
        assertEquals(ReplHighlighter.ERROR, styleOf(text, "$"));
    }

    @Test
    void everyKeywordOfTheGrammarAndEveryBuiltInWordIsHighlighted() {
        for (String keyword : Lexemes.keywords()) assertEquals(ReplHighlighter.KEYWORD, styleOf(keyword, keyword), keyword);
        for (String word : Vocabulary.allWords()) assertEquals(ReplHighlighter.BUILT_IN, styleOf(word, word), word);
    }

    @Test
    void aCommandWordIsHighlightedAndItsArgumentReadAsCode() {
        String text = "  :type net.train";
        assertEquals(ReplHighlighter.COMMAND, styleOf(text, ":type"));
        assertEquals(ReplHighlighter.KEYWORD, styleOf(text, "train"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(text, "net"));
    }

    @Test
    void anUnfinishedStringIsHighlightedToTheEndOfItsLine() {
        assertEquals(ReplHighlighter.STRING, styleOf("dataset d = csv(\"data/ir", "ir"));
    }

    @Test
    void theHighlightedTextIsTheTypedText() {
        SplittableRandom random = new SplittableRandom(7);
        String pieces = "let model { } ( ) [ ] \" # : , . + 1 0.5 x_1 \n \t @ é \\ ;";
        String[] parts = pieces.split(" ");
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) {
                text.append(random.nextInt(10) == 0 ? String.valueOf((char) random.nextInt(0x3000))
                        : parts[random.nextInt(parts.length)]);
                if (random.nextBoolean()) text.append(' ');
            }
            assertEquals(text.toString(), highlighter.highlight(text.toString()).toString());
        }
    }
}
