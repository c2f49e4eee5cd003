package dev.nnet.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexemesTest {
    @Test
    void everyTokenHasItsKindAndPlace() {
        String text = "train net on d { epochs: 10 } # go\nlet s = \"🌸\" $";
        List<Lexemes.Lexeme> lexemes = Lexemes.of(text);
        for (Lexemes.Lexeme l : lexemes) assertEquals(l.text(), text.substring(l.start(), l.end()));
        assertEquals(Lexemes.Kind.KEYWORD, lexemes.get(0).kind());
        assertEquals(Lexemes.Kind.NAME, lexemes.get(1).kind());
        assertTrue(lexemes.stream().anyMatch(l -> l.kind() == Lexemes.Kind.COMMENT && l.text().equals("# go")));
        assertTrue(lexemes.stream().anyMatch(l -> l.kind() == Lexemes.Kind.NUMBER && l.text().equals("10")));
        assertEquals(Lexemes.Kind.ERROR, lexemes.get(lexemes.size() - 1).kind());
    }

    @Test
    void anUnfinishedInputStillLexes() {
        assertEquals(Lexemes.Kind.STRING, Lexemes.of("let p = \"data/ir").get(3).kind());
    }

    @Test
    void theKeywordsAreTheGrammars() {
        assertEquals(List.of("let", "def", "dataset", "model", "train", "evaluate", "predict", "print", "on", "input",
                "for", "in", "if", "else", "backward", "step", "save", "to", "summary", "plot", "and", "or", "not", "true", "false"), Lexemes.keywords());
    }
}
