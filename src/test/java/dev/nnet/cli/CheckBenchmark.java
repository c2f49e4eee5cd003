package dev.nnet.cli;

import dev.nnet.check.CheckResult;
import dev.nnet.diag.SourceText;
import dev.nnet.session.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long `nnet check` takes on a 1 MB script (a benchmark, run by bench/check.sh, not a test).
 * The script repeats a realistic block (lets, a def, a dataset, a model, a training, an explicit
 * loop) with fresh names until it is 1 MB. Prints the median and best of several runs after warm-up.
 */
public final class CheckBenchmark {
    static String script(int bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; s.length() < bytes; i++) {
            s.append(String.format(Locale.ROOT, """
                    # block %1$d
                    let rate%1$d = 0.01 * (1 + %1$d %% 7)
                    def act%1$d(x) = x * sigmoid(x) + 0.5 * tanh(x)
                    dataset data%1$d = iris() { normalize: standard; split: {train: 0.8, test: 0.2}; seed: %1$d }
                    model net%1$d {
                        input 4
                        dense(16, activation: act%1$d)
                        dropout(0.1)
                        dense(8, activation: relu)
                        dense(3, activation: softmax)
                    }
                    train net%1$d on data%1$d.train { loss: cross_entropy; optimizer: adam(learning_rate: rate%1$d); epochs: 5 }
                    let opt%1$d = sgd(learning_rate: 0.1, momentum: 0.9)
                    for batch in data%1$d.batches(16) {
                        let loss%1$d = cross_entropy(net%1$d(batch.x), batch.y)
                        backward loss%1$d
                        step opt%1$d on net%1$d
                    }
                    evaluate net%1$d on data%1$d.test { metrics: [accuracy, loss] }
                    """, i));
        }
        return s.toString();
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String text = script(1 << 20);
        Session session = Session.forScript(new PrintStream(new ByteArrayOutputStream()));
        SourceText source = new SourceText("bench.nnet", text);
        for (int i = 0; i < 3; i++) session.check(source, Path.of(".")); // warm-up
        double[] ms = new double[runs];
        CheckResult last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = session.check(source, Path.of("."));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.println("| script | lines | result | median | best |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| %,d bytes | %,d | %s | %.0f ms | %.0f ms |%n", text.length(),
                text.split("\n").length, last.ok() ? "no errors" : last.diagnostics().size() + " diagnostics",
                ms[runs / 2], ms[0]);
    }
}
