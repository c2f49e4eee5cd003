package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k-fold cross-validation end to end, through `nnet run`: one line per fold, then their mean and spread. */
class CrossValidationTest {
    private static final Pattern FOLD = Pattern.compile(
            "fold +(\\d+)/(\\d+)  held out (\\d+) rows  loss (\\S+)  accuracy (\\S+)  f1 (\\S+)  \\(trained on (\\d+) rows");
    private static final Pattern SUMMARY = Pattern.compile("mean and standard deviation over (\\d+) folds:  "
            + "loss (\\S+) ± (\\S+)  accuracy (\\S+) ± (\\S+)  f1 (\\S+) ± (\\S+)");

    @TempDir
    Path dir;

    private CliRun run(int folds, long seed) throws IOException {
        Path script = dir.resolve("kfold.nnet");
        Files.writeString(script, """
                dataset iris = iris() { target: "species"; normalize: standard; split: {folds: %d}; seed: %d }
                model net { input 4; dense(8, activation: tanh); dense(3, activation: softmax) }
                train net on iris {
                    loss: cross_entropy
                    optimizer: adam(learning_rate: 0.05)
                    epochs: 15
                    batch_size: 25
                    metrics: [accuracy, f1]
                    seed: 2
                }
                evaluate net on iris { metrics: [accuracy] }
                """.formatted(folds, seed));
        return CliRun.of("run", script.toString());
    }

    @Test
    void theMeanAndSpreadPrintedAreThoseOfTheFoldLines() throws IOException {
        CliRun run = run(6, 11);
        assertEquals(0, run.exit(), run.err());
        Matcher fold = FOLD.matcher(run.out());
        List<double[]> values = new ArrayList<>();
        int heldOut = 0;
        while (fold.find()) {
            assertEquals(values.size() + 1, Integer.parseInt(fold.group(1)));
            assertEquals("6", fold.group(2));
            heldOut += Integer.parseInt(fold.group(3));
            assertEquals(150, Integer.parseInt(fold.group(3)) + Integer.parseInt(fold.group(7)));
            values.add(new double[] {Double.parseDouble(fold.group(4)), Double.parseDouble(fold.group(5)),
                    Double.parseDouble(fold.group(6))});
        }
        assertEquals(6, values.size(), run.out());
        assertEquals(150, heldOut, "every row held out once");
        Matcher summary = SUMMARY.matcher(run.out());
        assertTrue(summary.find(), run.out());
        for (int m = 0; m < 3; m++) {
            double mean = 0;
            for (double[] v : values) mean += v[m] / values.size();
            double squares = 0;
            for (double[] v : values) squares += (v[m] - mean) * (v[m] - mean);
            double deviation = Math.sqrt(squares / values.size());
            // the fold lines are rounded to 4 decimals, the summary is computed before rounding
            assertEquals(mean, Double.parseDouble(summary.group(2 + 2 * m)), 1e-4, "mean of measure " + m);
            assertEquals(deviation, Double.parseDouble(summary.group(3 + 2 * m)), 2e-4, "deviation of measure " + m);
        }
        assertTrue(run.out().contains("the fold models are only measured: net now trains on all 150 rows of iris"),
                run.out());
        assertTrue(run.out().contains("evaluate net on iris (150 rows)"), run.out());
    }

    private static String withoutTimes(String out) {
        return out.replaceAll("\\d+\\.\\d+ (m?s)", "<time> $1");
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOtherFolds() throws IOException {
        CliRun first = run(5, 42);
        CliRun second = run(5, 42);
        CliRun other = run(5, 43);
        assertEquals(0, first.exit(), first.err());
        assertEquals(withoutTimes(first.out()), withoutTimes(second.out()));
        Matcher a = SUMMARY.matcher(first.out());
        Matcher b = SUMMARY.matcher(other.out());
        assertTrue(a.find() && b.find(), other.out());
        assertTrue(!withoutTimes(first.out()).equals(withoutTimes(other.out())), "the seed draws the folds");
    }

    @Test
    void aMistakeInTheFoldsStopsTheScriptBeforeAnythingRuns() throws IOException {
        CliRun run = run(1, 42);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E0421]"), run.err());
        assertTrue(run.out().isEmpty(), run.out());
    }
}
