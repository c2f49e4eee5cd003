package dev.nnet.check;

import static dev.nnet.check.CheckerTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import dev.nnet.syntax.ScriptParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Models of images: shapes through conv2d, pools, flatten and reshape, their costs, and their mistakes. */
class ImageModelsTest {
    /** The codes of the errors only (a model used nowhere is warned about, W0102). */
    private static List<DiagnosticCode> codes(String text) {
        return check(text).diagnostics().stream().filter(d -> d.severity() == dev.nnet.diag.Severity.ERROR)
                .map(Diagnostic::code).toList();
    }

    private static Plan.Model model(String text) {
        CheckResult r = check(text);
        assertTrue(r.ok(), r.diagnostics().toString());
        return (Plan.Model) r.plan().steps().get(0);
    }

    @Test
    void shapesFollowTheConvolutionArithmetic() {
        Plan.Model m = model("""
                model cnn {
                    input [1, 28, 28]
                    conv2d(8, kernel: 3)
                    relu
                    max_pool(2)
                    conv2d(16, kernel: [3, 5], stride: 2, padding: [1, 2])
                    avg_pool(2, stride: 1)
                    flatten
                    dense(10)
                }
                """);
        // 28 -> 26 (kernel 3) -> 13 (pool 2) -> (13 + 2 - 3) / 2 + 1 = 7 high, (13 + 4 - 5) / 2 + 1 = 7 wide -> 6x6
        assertEquals(List.of(
                List.of(1, 28, 28), List.of(8, 26, 26), List.of(8, 26, 26), List.of(8, 13, 13), List.of(16, 7, 7),
                List.of(16, 6, 6), List.of(576), List.of(10)), m.shapes());
        assertEquals("Model[1x28x28 -> 8x26x26 -> 8x13x13 -> 16x7x7 -> 16x6x6 -> 576 -> 10]", m.typeName());
        assertEquals(784, m.inputWidth());
        assertEquals(10, m.outputWidth());
    }

    @Test
    void theCostCountsConvolutionWeightsAndOperations() {
        CheckResult r = check("""
                model cnn { input [1, 8, 8]; conv2d(4, kernel: 3, padding: 1); relu; max_pool(2); flatten; dense(3) }
                """);
        Cost c = Cost.of(r.plan()).get(0);
        Cost.LayerCost conv = c.layers().get(1);
        assertEquals("[32, 4, 8, 8]", conv.shape());
        assertEquals(4 * 1 * 3 * 3 + 4, conv.parameters());
        // every output value: 2 operations per weight of its 1x3x3 window, and the bias
        assertEquals(32L * 4 * 8 * 8 * (2 * 9 + 1), conv.forwardFlops());
        Cost.LayerCost pool = c.layers().get(3);
        assertEquals("[32, 4, 4, 4]", pool.shape());
        assertEquals(32L * 4 * 4 * 4 * 4, pool.forwardFlops());
        assertEquals(0, c.layers().get(4).forwardFlops());
        assertEquals(40 + 64 * 3 + 3, c.parameters());
    }

    @Test
    void normalisationOfImagesLearnsAScaleAndShiftPerChannel() {
        CheckResult r = check("model m { input [3, 4, 4]; batch_norm; layer_norm; flatten; dense(2) }");
        Cost c = Cost.of(r.plan()).get(0);
        assertEquals(2 * 3, c.layers().get(1).parameters()); // per channel
        assertEquals(2 * 4, c.layers().get(2).parameters()); // over the last axis
    }

    @Test
    void eachShapeMistakeHasItsOwnCode() {
        assertEquals(List.of(DiagnosticCode.E0330), codes("model m { input [1, 8, 8]; conv2d(2, kernel: 3); dense(2) }"));
        assertEquals(List.of(DiagnosticCode.E0330), codes("model m { input 64; max_pool(2); flatten; dense(2) }"));
        assertEquals(List.of(DiagnosticCode.E0331), codes("model m { input [1, 4, 4]; conv2d(2, kernel: 5); flatten; dense(2) }"));
        assertEquals(List.of(), codes("model m { input [1, 4, 4]; conv2d(2, kernel: 5, padding: 1); flatten; dense(2) }"));
        assertEquals(List.of(DiagnosticCode.E0332), codes("model m { input [1, 7, 7]; max_pool(2); flatten; dense(2) }"));
        assertEquals(List.of(DiagnosticCode.E0332), codes("model m { input [1, 8, 7]; conv2d(1, kernel: 3, stride: 2); flatten; dense(2) }"));
        assertEquals(List.of(DiagnosticCode.E0333), codes("model m { input 64; reshape([2, 5, 5]); flatten; dense(2) }"));
        assertEquals(List.of(DiagnosticCode.E0334), codes("model m { input [1, 8, 8]; conv2d(2, kernel: 3) }"));
        assertEquals(List.of(DiagnosticCode.E0405), codes("model m { input [1, 0, 8]; flatten; dense(2) }"));
        assertEquals(List.of(DiagnosticCode.E0405), codes("model m { input [1, 8, 8]; conv2d(2, kernel: 3, stride: 0); flatten; dense(2) }"));
        assertEquals(List.of(DiagnosticCode.E0303), codes("model m { input [1, 8.5]; dense(2) }"));
    }

    @Test
    void theHelpOfAnUnevenPoolNamesTheSizesThatFit() {
        Diagnostic d = check("model m { input [1, 9, 9]; conv2d(4, kernel: 3); max_pool(2); flatten; dense(2) }")
                .diagnostics().get(0);
        assertTrue(d.help().toString().contains("a height of 6 or 8 fits"), d.help().toString());
    }

    /** Seeded random stacks: the checker accepts exactly those whose arithmetic the engine can do exactly. */
    @Test
    void randomStacksAreAcceptedExactlyWhenEveryWindowFitsEvenly() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int size = 4 + random.nextInt(20);
            int kernel = 1 + random.nextInt(6), stride = 1 + random.nextInt(3), padding = random.nextInt(3);
            int pool = 1 + random.nextInt(3);
            String text = "model m { input [2, " + size + ", " + size + "]; conv2d(3, kernel: " + kernel + ", stride: "
                    + stride + ", padding: " + padding + "); max_pool(" + pool + "); flatten; dense(2) }";
            int padded = size + 2 * padding;
            boolean convFits = kernel <= padded && (padded - kernel) % stride == 0;
            int after = convFits ? (padded - kernel) / stride + 1 : 0;
            boolean poolFits = convFits && pool <= after && (after - pool) % pool == 0;
            List<DiagnosticCode> found = codes(text);
            assertEquals(poolFits, found.isEmpty(), text + " gave " + found);
            if (poolFits) {
                int out = (after - pool) / pool + 1;
                assertEquals(List.of(3 * out * out), model(text).shapes().get(3));
            }
        }
    }

    @Test
    void flatFeaturesFeedAShapedInputWhenTheCountsMatch() {
        assertEquals(List.of(), codes("""
                dataset d = iris()
                model m { input [1, 2, 2]; conv2d(2, kernel: 2); flatten; dense(3) }
                train m on d { loss: cross_entropy; optimizer: adam; epochs: 1 }
                """));
        assertEquals(List.of(DiagnosticCode.E0301), codes("""
                dataset d = iris()
                model m { input [1, 3, 3]; conv2d(2, kernel: 2); flatten; dense(3) }
                train m on d { loss: cross_entropy; optimizer: adam; epochs: 1 }
                """));
    }

    /** What a source of images (idx) gives the checker: a schema whose examples have a shape. */
    @Test
    void aDatasetOfImagesHasItsShapeInItsTypeAndMustMatchAShapedInput() {
        DataCatalog images = draft -> new Value.Schema(java.util.stream.IntStream.range(0, 16).mapToObj(i -> "p" + i)
                .toList(), "digit", true, List.of("0", "1"), false, false, false, 10, 1)
                .withFeatureShape(List.of(1, 4, 4));
        String ok = """
                dataset d = csv("x.csv")
                model m { input [1, 4, 4]; flatten; dense(2) }
                train m on d { loss: cross_entropy; optimizer: adam; epochs: 1 }
                print d
                """;
        CheckResult r = checkWith(ok, images);
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals("d: Dataset[1x4x4 -> Classes(0, 1)]", ((Plan.Print) r.plan().steps().get(3)).constantText());
        CheckResult flat = checkWith(ok.replace("input [1, 4, 4]", "input 16"), images);
        assertTrue(flat.ok(), flat.diagnostics().toString());
        CheckResult transposed = checkWith(ok.replace("input [1, 4, 4]", "input [4, 4, 1]"), images);
        assertEquals(List.of(DiagnosticCode.E0301), transposed.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(transposed.diagnostics().get(0).help().toString().contains("`input [1, 4, 4]`"));
    }

    private static CheckResult checkWith(String text, DataCatalog catalog) {
        SourceText source = new SourceText("t.nnet", text);
        return Checker.check(ScriptParser.parse(source).program(), source, Path.of("."), catalog);
    }

    @Test
    void activationsLossesAndInitialisersTakeTheirNumbers() {
        CheckResult r = check("""
                def swish(x) = x * sigmoid(x)
                def squared(p, t) = mean((p - t) * (p - t))
                dataset d = iris()
                model m {
                    input 4
                    dense(8, activation: leaky_relu(0.2), init: normal(0.05))
                    elu(0.5)
                    swish
                    dense(3, init: uniform(-0.1, 0.1))
                }
                train m on d { loss: huber(0.5); optimizer: adam; epochs: 1 }
                train m on d { loss: squared; optimizer: adam; epochs: 1 }
                """);
        assertTrue(r.ok(), r.diagnostics().toString());
        Plan.Model m = (Plan.Model) r.plan().steps().get(3);
        Plan.Dense first = (Plan.Dense) m.layers().get(0);
        assertEquals(0.2, first.activationParameter());
        assertEquals(new Plan.Init(Plan.Initializer.NORMAL, 0.05, Double.NaN), first.init());
        assertEquals(0.5, ((Plan.ActivationLayer) m.layers().get(1)).parameter());
        assertEquals("swish", ((Plan.DefLayer) m.layers().get(2)).def().name().text());
        assertEquals("huber(0.5)", ((Plan.Train) r.plan().steps().get(4)).objective().describe());
        Plan.Train custom = (Plan.Train) r.plan().steps().get(5);
        assertEquals(Plan.Loss.CUSTOM, custom.loss());
        assertEquals("squared", custom.objective().describe());
    }

    @Test
    void aParameterizedWordCanBeNamedWithLetAndUsedLater() {
        CheckResult r = CheckerTest.check("""
                let s = 0.3
                let a = leaky_relu(0.2)
                let b = elu(alpha: 0.5)
                let c = leaky_relu(s)
                let h = huber(0.25)
                def f(x) = leaky_relu(x)
                dataset d = iris()
                model m {
                    input 4
                    dense(8, activation: a)
                    dense(8, activation: b)
                    dense(8, activation: c)
                    f
                    dense(3)
                }
                train m on d { loss: h; optimizer: adam; epochs: 1 }
                """);
        assertTrue(r.ok(), r.diagnostics().toString());
        Plan.Model m = (Plan.Model) r.plan().steps().stream().filter(s -> s instanceof Plan.Model).findFirst().get();
        assertEquals(Plan.Activation.LEAKY_RELU, ((Plan.Dense) m.layers().get(0)).activation());
        assertEquals(0.2, ((Plan.Dense) m.layers().get(0)).activationParameter());
        assertEquals(Plan.Activation.ELU, ((Plan.Dense) m.layers().get(1)).activation());
        assertEquals(0.5, ((Plan.Dense) m.layers().get(1)).activationParameter());
        assertEquals(0.3, ((Plan.Dense) m.layers().get(2)).activationParameter(), 1e-12);
        Plan.Train train = (Plan.Train) r.plan().steps().stream().filter(s -> s instanceof Plan.Train).findFirst().get();
        assertEquals("huber(0.25)", train.objective().describe());
    }

    @Test
    void completionOffersTheArgumentsOfTheNewWords() {
        assertEquals(List.of("filters", "kernel", "stride", "padding", "init", "bias"), Vocabulary.argumentsOf("conv2d"));
        assertEquals(List.of("size", "stride"), Vocabulary.argumentsOf("max_pool"));
        assertEquals(List.of("slope"), Vocabulary.argumentsOf("leaky_relu"));
        assertEquals(List.of("low", "high"), Vocabulary.argumentsOf("uniform"));
        assertEquals(List.of(), Vocabulary.argumentsOf("relu"));
    }

    @Test
    void theirNumbersAreCheckedAgainstTheirRanges() {
        assertEquals(List.of(DiagnosticCode.E0405), codes("model m { input 4; dense(2, activation: leaky_relu(-0.1)) }"));
        assertEquals(List.of(DiagnosticCode.E0405), codes("model m { input 4; dense(2); elu(-1) }"));
        assertEquals(List.of(DiagnosticCode.E0405), codes("model m { input 4; dense(2, init: uniform(1, 1)) }"));
        assertEquals(List.of(DiagnosticCode.E0208), codes("model m { input 4; dense(2, init: uniform(1)) }"));
        assertEquals(List.of(DiagnosticCode.E0208), codes("model m { input 4; dense(2); relu(0.5) }"));
    }

    @Test
    void aDefLossMustFitTheTargetLikeMseAndGiveOneNumber() {
        String script = """
                def squared(p, t) = mean((p - t) * (p - t))
                def gap(p, t) = p - t
                dataset d = iris()
                model m { input 4; dense(UNITS) }
                train m on d { loss: LOSS; optimizer: adam; epochs: 1 }
                """;
        assertEquals(List.of(), codes(script.replace("UNITS", "3").replace("LOSS", "squared")));
        assertEquals(List.of(DiagnosticCode.E0302), codes(script.replace("UNITS", "2").replace("LOSS", "squared")));
        assertEquals(List.of(DiagnosticCode.E0307), codes(script.replace("UNITS", "3").replace("LOSS", "gap")));
        assertTrue(check(script.replace("UNITS", "2").replace("LOSS", "squared")).diagnostics().stream()
                .anyMatch(d -> d.message().contains("a loss of its own on 3 classes needs 3")));
    }
}
