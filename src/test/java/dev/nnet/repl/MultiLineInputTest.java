package dev.nnet.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An input goes on over several lines while its statement is unfinished, and no longer. */
class MultiLineInputTest {
    @TempDir
    Path dir;

    private String run(String typed) {
        return new ScriptedRepl(dir, null).run(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model net {", "model net {\n  input 4\n", "let x = 1 +", "let x = [1,", "let x = (1",
        "let r = {train: 0.7,", "print(1,", "let x =", "let x = iris.", "train net on iris.train {\n  loss:",
        "let x = 1 +  # a comment", "let x = -", "dataset d = iris() {\n  split: {train:", "let", "predict net on"})
    void anUnfinishedStatementGoesOn(String text) {
        assertTrue(Continuation.needsMore(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"let x = 1", "let x = 1 )", "let x = \"abc", "let x = 1 @ 2", "}", "net", "1 + 2", "",
        "   ", "# a comment", ":type (1 +", ":load", "model net {\n  dense(8 activation: relu)\n", "model net {\n\n\n",
        "let x = 1 +\n\n"})
    void aWholeInputOrOneWithAnErrorElsewhereDoesNot(String text) {
        assertFalse(Continuation.needsMore(text), text);
    }

    @Test
    void aModelTypedLineByLineIsOneInput() {
        String out = run("model net {\n  input 4\n  dense(3, activation: softmax)\n}\n:type net\n");
        assertTrue(out.contains("nnet> model net {\n  ..>   input 4\n  ..>   dense(3, activation: softmax)\n  ..> }\n"
                + "nnet> :type net\nnet : Model[4 -> 3]\n"), out);
    }

    @Test
    void aTrailingOperatorOrCommaContinuesTheStatement() {
        String out = run("let x = 1 +\n  2\nprint x\nlet xs = [1,\n  2,\n  3,\n]\nprint xs\n");
        assertTrue(out.contains("print x\n3\n"), out);
        assertTrue(out.contains("print xs\n[1, 2, 3]\n"), out);
    }

    @Test
    void anOptionBlockOverSeveralLinesIsOneInput() {
        String out = run("dataset iris = iris() {\n  split: {train: 0.8,\n           test: 0.2}\n  seed: 3\n}\n:type iris.test\n");
        assertTrue(out.contains("iris.test : Dataset[4 -> Classes(setosa, versicolor, virginica)]"), out);
    }

    @Test
    void aMistakeInAnUnfinishedBlockIsReportedAtOnce() {
        String out = run("model net {\n  dense(8 activation: relu)\nprint 1\n");
        assertTrue(out.contains("error[E0101]"), out);
        assertTrue(out.contains("--> <input 1>:2:11"), out);
        assertTrue(out.contains("nnet> print 1\n1\n"), "the next line is a new input:\n" + out);
    }

    @Test
    void twoEmptyLinesEndAnInputThatIsStillUnfinished() {
        String out = run("model net {\n\n\nprint 2\n");
        assertTrue(out.contains("error[E0104]: this `{` is never closed\n --> <input 1>:1:11"), out);
        assertTrue(out.contains("nnet> print 2\n2\n"), out);
    }

    @Test
    void theEndOfTheInputInsideAStatementReportsIt() {
        String out = run("print 1\nmodel net {\n  input 4\n");
        assertTrue(out.contains("nnet> model net {\n  ..>   input 4\nerror[E0104]"), out);
    }

    @Test
    void aMultiLineInputIsOneHistoryEntry() {
        ScriptedRepl repl = new ScriptedRepl(dir, null);
        repl.run("model net {\n  input 4\n  dense(1)\n}\nprint 1\n");
        assertEquals(2, repl.repl().reader().getHistory().size());
        assertEquals("model net {\n  input 4\n  dense(1)\n}", repl.repl().reader().getHistory().get(0));
    }
}
