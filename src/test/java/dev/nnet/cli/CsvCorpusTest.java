package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Data file in, exact diagnostic out: every NAME.csv under src/test/resources/csv-corpus is read by
 * NAME.nnet (checked, or run when named run-*), and what a user sees must equal NAME.expected. The
 * malformed files must fail with exit 1 and no stack trace; the awkward but valid ones (run-ok-*)
 * must load. Regenerate with -Dgolden.update=true, then review the diff.
 */
class CsvCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/csv-corpus");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static Path sibling(Path csv, String extension) {
        return Path.of(csv.toString().replaceAll("\\.csv$", extension));
    }

    @TestFactory
    Stream<DynamicTest> everyFileGivesItsExpectedOutput() throws IOException {
        return files().stream().map(csv -> DynamicTest.dynamicTest(csv.getFileName().toString(), () -> {
            Path script = sibling(csv, ".nnet");
            Path expectedFile = sibling(csv, ".expected");
            assertTrue(Files.exists(script), "no script reads " + csv);
            String actual = GoldenDiagnosticsTest.observe(script);
            if (UPDATE) Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            assertTrue(Files.exists(expectedFile), "no expected output for " + csv);
            assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
            assertFalse(actual.contains("Exception") || actual.contains("\tat "), "a stack trace reached the user");
            boolean valid = csv.getFileName().toString().startsWith("run-ok-");
            assertTrue(actual.endsWith(valid ? "exit 0\n" : "exit 1\n"), actual);
            if (!valid) assertTrue(actual.contains("error[E0"), actual);
        }));
    }

    @Test
    void everyScriptAndExpectedOutputHasItsDataFile() throws IOException {
        try (Stream<Path> all = Files.list(CORPUS)) {
            for (Path p : all.toList()) {
                String name = p.getFileName().toString();
                assertTrue(name.endsWith(".csv") || Files.exists(CORPUS.resolve(name.replaceAll("\\.\\w+$", ".csv"))),
                        p + " belongs to no data file");
            }
        }
    }

    @Test
    void theCorpusHasAtLeastFortyMalformedFiles() throws IOException {
        long malformed = files().stream().filter(f -> !f.getFileName().toString().startsWith("run-ok-")).count();
        assertTrue(malformed >= 40, "only " + malformed + " malformed files");
    }
}
