package dev.nnet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set of more than 2,048 rows is evaluated in chunks; a `def` loss that is not a mean over rows
 * (here a sum) must still be the loss of the whole set: that of 3,000 rows is the sum of those of
 * its two halves of 1,500 (each evaluated in one piece).
 */
class DefLossOnLargeSetsTest {
    @TempDir
    Path dir;

    @Test
    void aSummedDefLossOverAChunkedSetIsTheSumOverItsRows() throws IOException {
        Random random = new Random(1);
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < 3000; r++) {
            double x = 2 * random.nextDouble() - 1;
            rows.add(String.format(java.util.Locale.ROOT, "%.4f,%.4f", x, 2 * x + 0.5));
        }
        write("all.csv", rows);
        write("a.csv", rows.subList(0, 1500));
        write("b.csv", rows.subList(1500, 3000));
        String script = """
                def total(p, t) = sum((p - t) * (p - t))
                dataset all = csv("all.csv") { target: "y" }
                dataset a = csv("a.csv") { target: "y" }
                dataset b = csv("b.csv") { target: "y" }
                model net { input 1; dense(1) }
                train net on a { loss: total; optimizer: sgd(learning_rate: 0.0001); epochs: 2 }
                evaluate net on all
                evaluate net on a
                evaluate net on b
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Session session = Session.forScript(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Session.Outcome outcome = session.submit(new SourceText("t.nnet", script), dir);
        assertTrue(outcome.ok(), outcome.diagnostics().toString());
        Matcher loss = Pattern.compile("loss +([0-9.]+) +\\(total\\)").matcher(bytes.toString(StandardCharsets.UTF_8));
        List<Double> losses = new ArrayList<>();
        while (loss.find()) losses.add(Double.parseDouble(loss.group(1)));
        assertEquals(3, losses.size(), bytes.toString(StandardCharsets.UTF_8));
        assertTrue(losses.get(1) > 100, "the two halves' losses should be large sums: " + losses);
        assertEquals(losses.get(1) + losses.get(2), losses.get(0), 2e-4);
    }

    private void write(String name, List<String> rows) throws IOException {
        Files.writeString(dir.resolve(name), "x,y\n" + String.join("\n", rows) + "\n");
    }
}
