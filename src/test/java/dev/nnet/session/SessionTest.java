package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.check.Analysis;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session used one input at a time, as the REPL uses it. */
class SessionTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Session session = Session.interactive(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    private int inputs;

    private Session.Outcome submit(String text) {
        return session.submit(new SourceText("<input " + (++inputs) + ">", text), Path.of("."));
    }

    private String printed() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return text;
    }

    @Test
    void definitionsPersistFromOneInputToTheNext() {
        assertTrue(submit("let rate = 0.5").ok());
        assertTrue(submit("print rate * 2").ok());
        assertEquals("1\n", printed());
    }

    @Test
    void anInputWithAnErrorChangesNothing() {
        Session.Outcome bad = submit("let a = 1\nprint nope");
        assertFalse(bad.ok());
        assertEquals(DiagnosticCode.E0201, bad.diagnostics().get(0).code());
        Session.Outcome later = submit("print a");
        assertEquals(DiagnosticCode.E0201, later.diagnostics().get(0).code());
        assertTrue(submit("let a = 2").ok(), "`a` was never defined, so it can be defined now");
    }

    @Test
    void aRedefinitionNamesTheInputThatDefinedIt() {
        submit("let a = 1");
        Session.Outcome again = submit("let a = 2");
        assertEquals(DiagnosticCode.E0202, again.diagnostics().get(0).code());
        assertTrue(again.diagnostics().get(0).help().get(0).contains("<input 1>"), again.diagnostics().toString());
    }

    @Test
    void definitionsCarryTheirTypes() {
        submit("dataset iris = iris() { split: {train: 0.8, test: 0.2} }");
        submit("model net { input 4; dense(8, activation: relu); dense(3, activation: softmax) }");
        List<String> types = session.definitions().stream().map(Analysis.Definition::typeName).toList();
        assertEquals(List.of("Dataset[4 -> Classes(setosa, versicolor, virginica)]", "Model[4 -> 8 -> 3]"), types);
    }

    @Test
    void aModelTrainedInALaterInputEndsWithTheSameWeightsAsInOneScript() {
        String dataset = "dataset iris = iris() { normalize: standard; split: {train: 0.8, test: 0.2}; seed: 3 }";
        String model = "model net { input 4; dense(5, activation: tanh); dense(3, activation: softmax) }";
        String train = "train net on iris.train { loss: cross_entropy; optimizer: adam(learning_rate: 0.05); "
                + "epochs: 3; seed: 11 }";
        submit(dataset);
        submit(model);
        assertTrue(submit(train).ok());
        List<float[]> stepByStep = session.interpreter().weights("net");

        Session script = Session.forScript(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertTrue(script.submit(new SourceText("s.nnet", dataset + "\n" + model + "\n" + train), Path.of(".")).ok());
        List<float[]> whole = script.interpreter().weights("net");
        for (int i = 0; i < whole.size(); i++) {
            assertTrue(java.util.Arrays.equals(whole.get(i), stepByStep.get(i)), "parameter " + i);
        }
    }

    @Test
    void checkingASourceOnItsOwnChangesNothing() {
        assertTrue(session.check(new SourceText("x", "let b = 1\nprint b"), Path.of(".")).ok());
        assertEquals(List.of(), session.definitions());
    }
}
