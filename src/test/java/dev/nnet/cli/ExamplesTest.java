package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The examples, run through the same entry point a user types: `nnet run examples/...`. */
class ExamplesTest {
    private static final Pattern ACCURACY = Pattern.compile("accuracy +(\\d\\.\\d+) +\\((\\d+) of (\\d+) right\\)");

    static double testAccuracy(CliRun run) {
        Matcher m = ACCURACY.matcher(run.out());
        assertTrue(m.find(), "no accuracy in the output:\n" + run.out());
        return Double.parseDouble(m.group(2)) / Double.parseDouble(m.group(3));
    }

    @Test
    void theTutorialNetworkSeparatesSetosaFromVersicolorPerfectly() {
        CliRun run = CliRun.of("run", "examples/iris.nnet");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("accuracy  1.00"), run.out());
        assertEquals(1.0, testAccuracy(run));
        assertTrue(run.out().contains("-> setosa"), run.out());
        assertTrue(run.out().contains("-> versicolor"), run.out());
    }

    @Test
    void theSteeredNetworkStopsEarlyKeepsItsBestEpochAndWritesItsHistory() throws IOException {
        Path history = Path.of("examples/iris-steered.csv");
        Path curves = Path.of("examples/iris-steered.png");
        try {
            CliRun run = CliRun.of("run", "examples/iris-steered.nnet");
            assertEquals(0, run.exit(), run.err());
            Matcher stop = Pattern.compile("trained net: (\\d+) of 200 epochs .*stopped early: val_loss did not improve "
                    + "for 10 epochs; keeps the weights of epoch (\\d+),").matcher(run.out());
            assertTrue(stop.find(), run.out());
            int ran = Integer.parseInt(stop.group(1));
            assertEquals(ran - 10, Integer.parseInt(stop.group(2)));
            assertEquals(ran + 1, Files.readAllLines(history).size(), "a header and one row per epoch");
            assertTrue(testAccuracy(run) >= 0.9, run.out());
            assertTrue(run.out().contains("confusion matrix"), run.out());
            assertTrue(run.out().contains("plot net: loss, accuracy over " + ran + " epochs, training and validation"
                    + " -> iris-steered.png (800x500 PNG)"), run.out());
            java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(curves.toFile());
            assertEquals(800, picture.getWidth());
            assertEquals(500, picture.getHeight());
        } finally {
            Files.deleteIfExists(history);
            Files.deleteIfExists(curves);
        }
    }

    @Test
    void fiveFoldCrossValidationOfIrisHoldsEveryFlowerOutOnceAndAveragesAtLeast95Percent() {
        CliRun run = CliRun.of("run", "examples/iris-kfold.nnet");
        assertEquals(0, run.exit(), run.err());
        Matcher folds = Pattern.compile("fold \\d/5  held out (\\d+) rows").matcher(run.out());
        int heldOut = 0;
        while (folds.find()) heldOut += Integer.parseInt(folds.group(1));
        assertEquals(150, heldOut, run.out());
        Matcher mean = Pattern.compile("over 5 folds:.*  accuracy (\\d\\.\\d+) ± ").matcher(run.out());
        assertTrue(mean.find(), run.out());
        assertTrue(Double.parseDouble(mean.group(1)) >= 0.95, run.out());
        assertTrue(run.out().contains("train net on iris: 150 rows"), run.out());
    }

    @Test
    void theThreeClassNetworkReachesAtLeast93Percent() {
        CliRun run = CliRun.of("run", "examples/iris3.nnet");
        assertEquals(0, run.exit(), run.err());
        assertTrue(testAccuracy(run) >= 0.93, run.out());
    }

    @Test
    void theExplicitLoopLearnsXorWithADefActivation() {
        CliRun run = CliRun.of("run", "examples/xor.nnet");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1.0, testAccuracy(run), run.out());
        assertTrue(run.out().contains("epoch 2000 loss"), run.out());
    }

    @Test
    void wineReachesAtLeast95Percent() {
        CliRun run = CliRun.of("run", "examples/wine.nnet");
        assertEquals(0, run.exit(), run.err());
        assertTrue(testAccuracy(run) >= 0.95, run.out());
    }

    @Test
    void breastCancerReachesAtLeast95Percent() {
        CliRun run = CliRun.of("run", "examples/breast_cancer.nnet");
        assertEquals(0, run.exit(), run.err());
        assertTrue(testAccuracy(run) >= 0.95, run.out());
    }

    @Test
    void digitsReachAtLeast95Percent() {
        CliRun run = CliRun.of("run", "examples/digits.nnet");
        assertEquals(0, run.exit(), run.err());
        assertTrue(testAccuracy(run) >= 0.95, run.out());
    }

    @Test
    void generatedSpiralsAreSeparated() {
        CliRun run = CliRun.of("run", "examples/spirals.nnet");
        assertEquals(0, run.exit(), run.err());
        assertTrue(testAccuracy(run) >= 0.95, run.out());
    }

    private static final Pattern MSE = Pattern.compile("loss +(\\d+\\.\\d+) +\\(mse\\)");

    @Test
    void diabetesRegressionExplainsAboutHalfTheVariance() {
        CliRun run = CliRun.of("run", "examples/diabetes.nnet");
        assertEquals(0, run.exit(), run.err());
        Matcher m = MSE.matcher(run.out());
        assertTrue(m.find(), run.out());
        // the target's variance is about 5,900: predicting the mean would score that
        assertTrue(Double.parseDouble(m.group(1)) < 3500, run.out());
    }

    /** Debian's dataset-fashion-mnist; .ci/run installs it. Training takes minutes: only checked here. */
    static final Path FASHION = Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz");

    @Test
    void fashionMnistIsCheckedWhenItsFilesAreInstalled() {
        Assumptions.assumeTrue(Files.exists(FASHION),
                "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist): not checked");
        CliRun run = CliRun.of("check", "examples/fashion_mnist_mlp.nnet");
        assertEquals(0, run.exit(), run.err());
        assertEquals("examples/fashion_mnist_mlp.nnet: no problems\n", run.out());
    }

    /** The convolutional network trains for minutes too (README gives its accuracy and time): checked, with its shapes. */
    @Test
    void fashionMnistCnnIsCheckedWhenItsFilesAreInstalled() {
        Assumptions.assumeTrue(Files.exists(FASHION),
                "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist): not checked");
        CliRun run = CliRun.of("check", "examples/fashion_mnist_cnn.nnet");
        assertEquals(0, run.exit(), run.err());
        assertEquals("examples/fashion_mnist_cnn.nnet: no problems\n", run.out());
        CliRun types = CliRun.of("check", "--types", "examples/fashion_mnist_cnn.nnet");
        assertEquals(0, types.exit(), types.err());
        assertTrue(types.out().contains("1x28x28 -> 16x28x28 -> 16x14x14 -> 32x14x14 -> 32x7x7 -> 1568 -> 128 -> 10"), types.out());
    }

    @Test
    void theSavedExampleModelIsWhatIrisSaveWritesAndIrisLoadUsesIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.copy(Path.of("examples/data/iris.csv"), dir.resolve("data/iris.csv"));
        for (String name : List.of("iris-save.nnet", "iris-load.nnet")) Files.copy(Path.of("examples", name), dir.resolve(name));
        CliRun save = CliRun.of("run", dir.resolve("iris-save.nnet").toString());
        assertEquals(0, save.exit(), save.err());
        assertArrayEquals(Files.readAllBytes(Path.of("examples/iris.safetensors")),
                Files.readAllBytes(dir.resolve("iris.safetensors")), "examples/iris.safetensors is not what "
                        + "iris-save.nnet writes: run it again (./nnet run examples/iris-save.nnet)");
        assertEquals(46, Files.readAllLines(dir.resolve("iris-predictions.csv")).size());
        CliRun load = CliRun.of("run", dir.resolve("iris-load.nnet").toString());
        assertEquals(0, load.exit(), load.err());
        assertEquals(1.0, testAccuracy(load), load.out());
        assertTrue(load.out().contains("-> virginica"), load.out());
    }

    @Test
    void everyExampleAndBenchmarkScriptIsInTheCanonicalLayout() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("examples")), Files.list(Path.of("bench/scripts")))) {
            String[] args = Stream.concat(Stream.of("fmt", "--check"),
                    files.filter(f -> f.toString().endsWith(".nnet")).sorted().map(Path::toString)).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exit(), run.out() + run.err());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExamplePassesCheckWithoutWarnings() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(f -> f.toString().endsWith(".nnet")).sorted().toList().stream()
                    .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                        if (f.getFileName().toString().startsWith("fashion_mnist")) {
                            Assumptions.assumeTrue(Files.exists(FASHION), "Fashion-MNIST is not installed: skipped");
                        }
                        CliRun run = CliRun.of("check", f.toString());
                        assertEquals(0, run.exit(), run.err());
                        assertEquals("", run.err());
                        assertEquals(f + ": no problems\n", run.out());
                    }));
        }
    }
}
