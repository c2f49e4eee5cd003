package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A convolutional network end to end, through the command line: 8x8 images of bars
 * (src/test/resources/diagnostics/data/bars.csv, written by make-bars.py beside it) read from 64
 * pixel columns into `input [1, 8, 8]`, trained, and evaluated.
 */
class ConvolutionRunTest {
    private static final String SCRIPT = "src/test/resources/diagnostics/run-cnn-trains.nnet";

    @Test
    void aConvolutionalNetworkLearnsTheBars() {
        CliRun run = CliRun.of("run", SCRIPT);
        assertEquals(0, run.exit(), run.err());
        List<Double> losses = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^epoch +\\d+/\\d+ +loss (\\d+\\.\\d+)").matcher(run.out());
        while (m.find()) losses.add(Double.parseDouble(m.group(1)));
        assertEquals(15, losses.size(), run.out());
        assertTrue(losses.get(14) < losses.get(0) / 3, "the loss should fall: " + losses);
        for (int i = 1; i < losses.size(); i++) {
            assertTrue(losses.get(i) < losses.get(i - 1) + 0.05, "the loss jumped at epoch " + (i + 1) + ": " + losses);
        }
        Matcher accuracy = Pattern.compile("(?m)^  accuracy  (\\d\\.\\d+)").matcher(run.out());
        assertTrue(accuracy.find(), run.out());
        assertTrue(Double.parseDouble(accuracy.group(1)) >= 0.8, run.out()); // chance is 1/3
    }

    @Test
    void checkShowsTheShapesAndCostOfEveryLayer() {
        CliRun run = CliRun.of("check", "--types", "--cost", SCRIPT);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("cnn: Model[1x8x8 -> 4x8x8 -> 4x4x4 -> 64 -> 3]"), run.out());
        // conv2d(4, kernel: 3) on one channel: 4 * 9 weights and 4 biases; batch of 8
        assertTrue(run.out().matches("(?s).*conv2d\\(4, kernel: 3, padding: 1\\) +\\[8, 4, 8, 8\\] +40 +38,912\n.*"),
                run.out());
        assertTrue(run.out().matches("(?s).*max_pool\\(2\\) +\\[8, 4, 4, 4\\] +0 .*"), run.out());
    }

    @Test
    void theSameRunGivesTheSameNumbers() {
        String first = CliRun.of("run", SCRIPT).out().replaceAll("\\d+\\.\\d+ m?s", "");
        String second = CliRun.of("run", SCRIPT).out().replaceAll("\\d+\\.\\d+ m?s", "");
        assertEquals(first, second);
    }
}
