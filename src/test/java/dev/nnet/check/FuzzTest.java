package dev.nnet.check;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import dev.nnet.syntax.ParseResult;
import dev.nnet.syntax.ScriptParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the parser and the checker: 100,000 inputs made from the examples and
 * the diagnostics corpus by deleting, repeating, swapping and inserting pieces. None may throw, and
 * every rejected input must have a diagnostic whose place lies inside the file.
 */
class FuzzTest {
    private static final int INPUTS = 100_000;
    private static final String[] PIECES = {"(", ")", "[", "]", "{", "}", ",", ":", ";", "\n", "=", ".", "..", "@",
        "+", "-", "*", "/", "%", "<", "==", "and", "not", "let", "def", "model", "train", "on", "for", "in", "if",
        "else", "backward", "step", "input", "dense(", "sigmoid", "x", "net", "\"", "\"s\"", "1", "0.5", "1e999",
        "99999999999999999999", "#", "\\", "\t", "é", "🌸", "\u0000", "$", "iris.train", "batches(", "true"};

    static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (Path folder : List.of(Path.of("examples"), Path.of("src/test/resources/diagnostics"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".nnet")).sorted().toList()) {
                    seeds.add(Files.readString(f));
                }
            }
        }
        return seeds;
    }

    static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
            switch (r.nextInt(6)) {
                case 0 -> b.insert(at, PIECES[r.nextInt(PIECES.length)]);
                case 1 -> {
                    if (b.length() > 0) b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(12)));
                }
                case 2 -> {
                    int end = Math.min(b.length(), at + 1 + r.nextInt(40));
                    b.insert(end, b.substring(at, end));
                }
                case 3 -> b.insert(at, (char) r.nextInt(0x3000));
                case 4 -> b.setLength(at);
                default -> {
                    int other = b.length() == 0 ? 0 : r.nextInt(b.length());
                    if (at < b.length() && other < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(other));
                        b.setCharAt(other, c);
                    }
                }
            }
        }
        return b.toString();
    }

    @Test
    void aHundredThousandMutantsGiveDiagnosticsInsideTheFileAndNeverThrow() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(20261128);
        int rejected = 0;
        for (int i = 0; i < INPUTS; i++) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
            SourceText source = new SourceText("fuzz.nnet", text);
            List<Diagnostic> diagnostics;
            try {
                ParseResult parsed = ScriptParser.parse(source);
                diagnostics = parsed.ok()
                        ? Checker.check(parsed.program(), source, Path.of("."), CheckerTest.FLOWERS).diagnostics()
                        : parsed.diagnostics();
            } catch (RuntimeException | StackOverflowError e) {
                fail("input " + i + " threw " + e + ":\n" + text, e);
                return;
            }
            boolean hasError = diagnostics.stream().anyMatch(Diagnostic::isError);
            if (hasError) rejected++;
            for (Diagnostic d : diagnostics) {
                if (d.code() == DiagnosticCode.E0100) continue;
                if (d.span() == null || d.source() == null) fail("input " + i + ": no place for " + d + "\n" + text);
                if (d.source() != source) continue; // a data file's place, checked by the data tests
                boolean inside = d.span().start() >= 0 && d.span().end() <= text.length()
                        && d.span().start() <= d.span().end() && d.span().line() <= source.lineCount()
                        && d.span().column() >= 1;
                if (!inside) fail("input " + i + ": " + d.span() + " is outside the file:\n" + text);
            }
        }
        assertTrue(rejected > INPUTS / 2, "only " + rejected + " of the mutants were rejected: the fuzzer is too gentle");
    }
}
