package dev.nnet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import dev.nnet.syntax.ParseResult;
import dev.nnet.syntax.ScriptParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker on its own, with a data catalogue that knows one dataset and reads no file. */
class CheckerTest {
    static final DataCatalog FLOWERS = draft -> new Value.Schema(
            List.of("a", "b", "c", "d"), "kind", true, List.of("x", "y", "z"), draft.split() != null,
            draft.split() != null && draft.split().validation() > 0, draft.split() != null && draft.split().test() > 0,
            150, draft.split() == null ? 1 : draft.split().train());

    static CheckResult check(String text) {
        SourceText source = new SourceText("t.nnet", text);
        ParseResult parsed = ScriptParser.parse(source);
        assertTrue(parsed.ok(), parsed.diagnostics().toString());
        return Checker.check(parsed.program(), source, Path.of("."), FLOWERS);
    }

    static List<DiagnosticCode> codes(String text) {
        return check(text).diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void aModelsTypeShowsTheWidthAfterEveryLayer() {
        CheckResult r = check("model net { input 4; dense(8, activation: sigmoid); dense(3); softmax }\nprint net");
        Plan.Model model = (Plan.Model) r.plan().steps().get(0);
        assertEquals("Model[4 -> 8 -> 3]", model.typeName());
        assertEquals(3, model.outputWidth());
        assertEquals(Plan.Activation.SOFTMAX, model.finalActivation());
        assertEquals("net: Model[4 -> 8 -> 3]", ((Plan.Print) r.plan().steps().get(1)).constantText());
    }

    @Test
    void aDatasetsTypeShowsItsWidthAndClasses() {
        CheckResult r = check("dataset d = iris() { split: {train: 0.5, test: 0.5} }\nprint d.train");
        assertEquals("d.train: Dataset[4 -> Classes(x, y, z)]", ((Plan.Print) r.plan().steps().get(1)).constantText());
    }

    @Test
    void aTrainingGetsItsDefaults() {
        CheckResult r = check("""
                dataset d = iris() { split: {train: 0.5, test: 0.5} }
                model net { input 4; dense(3, activation: softmax) }
                train net on d.train { loss: cross_entropy; optimizer: adam; epochs: 3; seed: 9 }
                """);
        assertTrue(r.ok(), r.diagnostics().toString());
        Plan.Train t = (Plan.Train) r.plan().steps().get(2);
        assertEquals(TrainingRules.DEFAULT_BATCH_SIZE, t.batchSize());
        assertEquals(0.001, t.optimizer().learningRate());
        assertEquals(List.of(Plan.Metric.LOSS, Plan.Metric.ACCURACY), t.metrics());
    }

    @Test
    void letValuesAreKnownToTheChecksThatUseThem() {
        assertEquals(List.of(DiagnosticCode.E0401), codes("""
                dataset d = iris() { split: {train: 0.5, test: 0.5} }
                model net { input 4; dense(3, activation: softmax) }
                let rate = 0.1 - 0.2
                train net on d.train { loss: cross_entropy; optimizer: sgd(learning_rate: rate); epochs: 3 }
                """));
    }

    @Test
    void severalMistakesAreAllReported() {
        List<DiagnosticCode> codes = codes("""
                dataset d = iris() { split: {train: 0.5, test: 0.5} }
                model net { input 4; dense(3, activation: softmax) }
                train net on d.train { loss: cross_entrop; optimizer: adam(learning_rate: 0); epochs: 0 }
                """);
        assertEquals(List.of(DiagnosticCode.E0203, DiagnosticCode.E0401, DiagnosticCode.E0402), codes);
    }

    @Test
    void aBuiltinWordWinsWhereItsKindIsExpected() {
        CheckResult r = check("""
                let loss = 3
                dataset d = iris() { split: {train: 0.5, test: 0.5} }
                model net { input 4; dense(3, activation: softmax) }
                train net on d.train { loss: cross_entropy; optimizer: adam; epochs: 1; metrics: [loss] }
                print loss
                """);
        assertTrue(r.ok(), r.diagnostics().toString());
    }

    @Test
    void layerAndLossNamesCannotBeRedefined() {
        assertEquals(List.of(DiagnosticCode.E0202), codes("let relu = 1"));
        assertEquals(List.of(DiagnosticCode.E0202), codes("let mse = 1"));
    }

    @Test
    void arithmeticIsFoldedAndOverflowIsCaught() {
        CheckResult r = check("let a = 2 * 3 + 1\nlet b = a / 2\nprint a, b, \"x\" + \"y\"");
        assertEquals("7 3.5 xy", ((Plan.Print) r.plan().steps().get(2)).constantText());
        assertEquals(List.of(DiagnosticCode.E0406), codes("let a = 9223372036854775807 + 1\nprint a"));
        assertEquals(List.of(DiagnosticCode.E0405), codes("let a = 1 / 0\nprint a"));
    }

    @Test
    void aHugeNumberLiteralIsRefusedWithADiagnostic() {
        String digits = "9".repeat(1_000_000);
        assertEquals(List.of(DiagnosticCode.E0406), codes("let a = " + digits + ".5\nprint a"));
        assertEquals(List.of(DiagnosticCode.E0406), codes("let a = 1e999999999999\nprint a"));
    }
}
