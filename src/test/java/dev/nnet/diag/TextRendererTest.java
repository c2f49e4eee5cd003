package dev.nnet.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.ast.Span;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    @Test
    void rendersTheLanguageDesignsFormat() {
        SourceText source = new SourceText("examples/iris.nnet", "\n".repeat(13) + "train net on iris.train {\n");
        Diagnostic d = Diagnostic.error(DiagnosticCode.E0301, "model `net` expects 4 input features, but "
                + "`iris.train` has 3", source, source.spanAt(14, 7, 3), "expects 4 features",
                "the dataset's feature columns are sepal_length, sepal_width, petal_length");
        assertEquals("""
                error[E0301]: model `net` expects 4 input features, but `iris.train` has 3
                  --> examples/iris.nnet:14:7
                   |
                14 | train net on iris.train {
                   |       ^^^ expects 4 features
                   |
                   = help: the dataset's feature columns are sepal_length, sepal_width, petal_length
                """, TextRenderer.render(d));
    }

    @Test
    void anEmptySpanStillGetsOneCaret() {
        SourceText source = new SourceText("a.nnet", "let x =");
        Diagnostic d = Diagnostic.error(DiagnosticCode.E0101, "expected a value", source, new Span(7, 7, 1, 8), "here");
        assertTrue(TextRenderer.render(d).contains("1 | let x =\n  |        ^ here\n"), TextRenderer.render(d));
    }

    @Test
    void aVeryLongLineIsShownAsAWindowAroundTheCaret() {
        String line = "x".repeat(100_000) + " bad " + "y".repeat(100_000);
        SourceText source = new SourceText("long.nnet", line);
        Diagnostic d = Diagnostic.error(DiagnosticCode.E0103, "bad", source, source.spanAt(1, 100_002, 3), "here");
        String text = TextRenderer.render(d);
        assertTrue(text.length() < 1000, "rendered " + text.length() + " characters");
        String[] lines = text.split("\n");
        int caret = lines[4].indexOf('^');
        assertEquals("bad", lines[3].substring(caret, caret + 3));
    }

    @Test
    void linesAndColumnsOfOffsets() {
        SourceText s = new SourceText("f", "ab\ncd\r\nef\rgh");
        assertEquals(4, s.lineCount());
        assertEquals("cd", s.line(2));
        assertEquals("gh", s.line(4));
        assertEquals(3, s.lineOf(7));
        assertEquals(1, s.columnOf(7));
    }
}
