package dev.nnet.bench;

import dev.nnet.ast.Statement;
import dev.nnet.diag.SourceText;
import dev.nnet.session.Session;
import dev.nnet.syntax.ParseResult;
import dev.nnet.syntax.ScriptParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workloads of PERFORMANCE.md as a user runs them: NNet scripts (bench/scripts), checked and
 * run through the same {@link Session} as {@code nnet run}. Not a test; run by bench/run.sh.
 *
 * <p>Each script runs repeatedly in one JVM ({@link Repeats}: the first run is what a fresh
 * process gets, JIT warm-up included; "warm" is the median of the last runs). The clock covers each {@code train}
 * statement alone, as the peers time their training loops: batching, forward, backward, update,
 * and the epoch lines NNet prints off a terminal (every epoch of the first 100, then about 100 more;
 * its metrics are limited to the loss in these scripts).
 * Steps per epoch come from the line {@code train} prints ("N rows, batches of B").
 *
 * <p>W3 and W5 read Fashion-MNIST from Debian's dataset-fashion-mnist package (the paths are in
 * the scripts); without it their rows say "skipped" and what to install.
 *
 * <p>Usage: ScriptBench SCRIPT_DIR WORK_DIR [W1,W2,W3,W4,W5] [min runs] [seconds a workload]
 */
public final class ScriptBench {
    private static final Pattern ROWS = Pattern.compile(": (\\d+) rows, batches of (\\d+)");
    private static final Pattern EPOCHS = Pattern.compile("trained \\w+: (\\d+) epoch");
    private static final Pattern ACCURACY = Pattern.compile("accuracy +([0-9.]+)");
    private static final Path FASHION = Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz");
    private static final Path SKLEARN = Path.of(System.getenv().getOrDefault("SKLEARN_DATA",
            "/usr/lib/python3/dist-packages/sklearn/datasets/data"));

    private ScriptBench() {
    }

    /** One run of a script: the training's wall time, its steps, and the accuracy evaluate printed. */
    record Run(double trainSeconds, long steps, int stepsPerEpoch, int epochs, String accuracy) {
        double microsPerStep() {
            return trainSeconds * 1e6 / steps;
        }
    }

    public static void main(String[] args) throws Exception {
        Path scripts = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        List<String> which = Arrays.asList((args.length > 2 ? args[2] : "W1,W2,W3,W4,W5").split(","));
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        double seconds = args.length > 4 ? Double.parseDouble(args[4]) : 10;
        System.out.println("# NNet scripts (bench/scripts), run in-process through the session of `nnet run`; "
                + Repeats.describe(runs, seconds));
        System.out.println("| workload | script | steps/epoch | runs | us/step, first run | us/step, warm | steps/s, warm "
                + "| s/epoch, warm | test accuracy |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        try (var listing = Files.list(scripts)) {
            for (Path script : listing.filter(p -> p.toString().endsWith(".nnet")).sorted().toList()) {
                String id = "W" + script.getFileName().toString().charAt(1);
                if (!which.contains(id)) continue;
                String missing = prepareData(id, work);
                if (missing != null) {
                    System.out.println("| " + id + " | " + script.getFileName() + " | skipped: " + missing + " | | | | | | |");
                    continue;
                }
                Path copy = work.resolve(script.getFileName());
                Files.copy(script, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                List<Run> results = Repeats.untilWarm(runs, seconds, () -> run(copy));
                Run first = results.get(0), warm = Repeats.warmRun(results, Run::microsPerStep);
                System.out.println(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.0f | %.4f | %s |", id,
                        script.getFileName(), warm.stepsPerEpoch(), results.size(), first.microsPerStep(),
                        warm.microsPerStep(), 1e6 / warm.microsPerStep(), warm.trainSeconds() / warm.epochs(),
                        warm.accuracy()));
            }
        }
    }

    /** Runs a script statement by statement in a fresh session, timing its {@code train} statements. */
    static Run run(Path script) throws IOException {
        String text = Files.readString(script, StandardCharsets.UTF_8);
        ParseResult parsed = ScriptParser.parse(new SourceText(script.toString(), text));
        if (!parsed.ok()) throw new IllegalStateException(script + " does not parse: " + parsed.diagnostics());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Session session = Session.interactive(new PrintStream(captured, true, StandardCharsets.UTF_8));
        double seconds = 0;
        long steps = 0;
        int stepsPerEpoch = 0, epochs = 0;
        String accuracy = "-";
        for (Statement statement : parsed.program().statements()) {
            String piece = text.substring(statement.span().start(), statement.span().end());
            captured.reset();
            long start = System.nanoTime();
            Session.Outcome outcome = session.submit(new SourceText(script.toString(), piece), script.getParent());
            long elapsed = System.nanoTime() - start;
            if (!outcome.ok()) throw new IllegalStateException(script + ": " + outcome.diagnostics());
            String out = captured.toString(StandardCharsets.UTF_8);
            if (statement instanceof Statement.Train) {
                Matcher rows = ROWS.matcher(out), trained = EPOCHS.matcher(out);
                if (!rows.find() || !trained.find()) throw new IllegalStateException("unexpected output of train:\n" + out);
                int n = Integer.parseInt(rows.group(1)), batch = Integer.parseInt(rows.group(2));
                stepsPerEpoch = (n + batch - 1) / batch;
                epochs = Integer.parseInt(trained.group(1));
                steps += (long) stepsPerEpoch * epochs;
                seconds += elapsed / 1e9;
            }
            Matcher acc = ACCURACY.matcher(out);
            if (statement instanceof Statement.Evaluate && acc.find()) accuracy = acc.group(1);
        }
        return new Run(seconds, steps, stepsPerEpoch, epochs, accuracy);
    }

    /** Writes the data a workload's script reads from its folder; returns why it cannot, or null. */
    static String prepareData(String id, Path work) throws IOException {
        if (id.equals("W3") || id.equals("W5")) {
            return Files.isReadable(FASHION) ? null
                    : "Fashion-MNIST not found at " + FASHION + ": install the Debian package dataset-fashion-mnist";
        }
        if (!id.equals("W2")) return null;
        Path gz = SKLEARN.resolve("digits.csv.gz");
        if (!Files.isReadable(gz)) return "digits not found at " + gz + ": install the Debian package python3-sklearn";
        Path csv = work.resolve("digits.csv");
        if (Files.exists(csv)) return null;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 64; i++) out.append("p").append(i).append(',');
        out.append("digit\n");
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank()) continue;
                String[] cells = line.strip().split(",");
                for (int i = 0; i < cells.length; i++) {
                    double v = Double.parseDouble(cells[i]);
                    out.append(i == cells.length - 1 ? "d" + (int) v : Integer.toString((int) v));
                    out.append(i == cells.length - 1 ? "\n" : ",");
                }
            }
        }
        Files.writeString(csv, out.toString(), StandardCharsets.UTF_8);
        return null;
    }
}
