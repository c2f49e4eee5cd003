package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** `plot`, end to end through `nnet run`: the files it writes are real pictures of the size asked for. */
class PlotTest {
    private static final String TRAINED = """
            dataset iris = iris() { split: {train: 0.7, validation: 0.15, test: 0.15}; normalize: standard; seed: 4 }
            model net { input 4; dense(8, activation: relu); dense(3, activation: softmax) }
            train net on iris.train {
                loss: cross_entropy
                optimizer: adam(learning_rate: 0.02)
                epochs: 7
                validation: iris.validation
                metrics: [accuracy, f1]
            }
            """;

    @TempDir
    Path dir;

    private CliRun run(String script) throws IOException {
        Path file = dir.resolve("plot.nnet");
        Files.writeString(file, script);
        return CliRun.of("run", file.toString());
    }

    @Test
    void aPngHasTheSizeAskedForAndTheDefaultSizeWithout() throws IOException {
        CliRun run = run(TRAINED + """
                plot net to "default.png"
                plot net to "sized.PNG" { size: [640, 360]; metrics: [accuracy] }
                """);
        assertEquals(0, run.exit(), run.err());
        BufferedImage defaults = ImageIO.read(dir.resolve("default.png").toFile());
        assertNotNull(defaults, "not a PNG ImageIO can read");
        assertEquals(800, defaults.getWidth());
        assertEquals(500, defaults.getHeight());
        BufferedImage sized = ImageIO.read(dir.resolve("sized.PNG").toFile());
        assertNotNull(sized, "not a PNG ImageIO can read");
        assertEquals(640, sized.getWidth());
        assertEquals(360, sized.getHeight());
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] head = new byte[8];
        System.arraycopy(Files.readAllBytes(dir.resolve("sized.PNG")), 0, head, 0, 8);
        assertArrayEquals(signature, head);
        assertTrue(run.out().contains("plot net: loss, accuracy, f1 over 7 epochs, training and validation -> "
                + "default.png (800x500 PNG)"), run.out());
        assertTrue(run.out().contains("plot net: accuracy over 7 epochs"), run.out());
        assertFalse(Files.exists(dir.resolve("default.png.tmp")), "the temporary file is moved, not left");
    }

    @Test
    void anSvgIsWellFormedXmlWithAnSvgRootOfTheSizeAskedForAndNamesItsCurves() throws Exception {
        CliRun run = run(TRAINED + "plot net to \"curves.svg\" { size: [900, 450]; title: \"Iris curves\" }\n");
        assertEquals(0, run.exit(), run.err());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The file names SVG 1.0's DTD; a parser must not fetch it (no network here, nor in CI).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(dir.resolve("curves.svg").toFile()).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(900.0, Double.parseDouble(root.getAttribute("width")));
        assertEquals(450.0, Double.parseDouble(root.getAttribute("height")));
        String text = Files.readString(dir.resolve("curves.svg"));
        for (String label : new String[] {"Iris curves", "epoch", "loss", "accuracy", "f1", "training", "validation"}) {
            assertTrue(text.contains(">" + label + "<"), "no text " + label + " in the picture");
        }
    }

    @Test
    void twoRunsWriteTheSameSvgAndAPlotDrawsTheLastTrainingOnly() throws IOException {
        String script = TRAINED + """
                train net on iris.train { loss: cross_entropy; optimizer: adam; epochs: 3 }
                plot net to "last.svg"
                """;
        CliRun first = run(script);
        assertEquals(0, first.exit(), first.err());
        byte[] once = Files.readAllBytes(dir.resolve("last.svg"));
        CliRun second = run(script);
        assertEquals(0, second.exit(), second.err());
        assertArrayEquals(once, Files.readAllBytes(dir.resolve("last.svg")), "the same script, another picture");
        Matcher line = Pattern.compile("plot net: (.*) over (\\d+) epochs(.*) ->").matcher(second.out());
        assertTrue(line.find(), second.out());
        assertEquals("loss, accuracy", line.group(1), "the second training's metrics (the defaults)");
        assertEquals("3", line.group(2));
        assertEquals("", line.group(3), "the second training had no validation");
        assertFalse(new String(once).contains(">validation<"), "no validation curve to name");
    }

    @Test
    void aPlotAfterEarlyStoppingDrawsTheEpochsThatRan() throws IOException {
        CliRun run = run(TRAINED.replace("epochs: 7", "epochs: 300\n    early_stopping: {patience: 2}")
                + "plot net to \"stopped.png\"\n");
        assertEquals(0, run.exit(), run.err());
        Matcher stopped = Pattern.compile("trained net: (\\d+) of 300 epochs").matcher(run.out());
        assertTrue(stopped.find(), run.out());
        assertTrue(run.out().contains("over " + stopped.group(1) + " epochs"), run.out());
        assertNotNull(ImageIO.read(dir.resolve("stopped.png").toFile()));
    }

    @Test
    void aMistakeInAPlotIsADiagnosticAndNothingRuns() throws IOException {
        CliRun run = run(TRAINED + "plot net to \"curves.gif\"\n");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E0640]"), run.err());
        assertFalse(run.out().contains("epoch 1/7"), "the script ran despite the error");
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
