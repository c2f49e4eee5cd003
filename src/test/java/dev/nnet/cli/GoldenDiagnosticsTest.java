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
 * Script in, exact output out: each broken script under src/test/resources/diagnostics is checked
 * with `nnet check` (or `nnet run` when its name starts with run-, `nnet run --resume` with resume-), and what a user would see (standard output, standard error, exit code) must
 * equal its .expected file. Regenerate with -Dgolden.update=true, then review the diff.
 */
class GoldenDiagnosticsTest {
    static final Path CORPUS = Path.of("src/test/resources/diagnostics");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".nnet")).sorted().toList();
        }
    }

    /** Scripts named run-*.nnet are run (for errors only running can show), resume-*.nnet resumed; the others checked. */
    static String observe(Path script) {
        boolean run = script.getFileName().toString().startsWith("run-");
        boolean resume = script.getFileName().toString().startsWith("resume-");
        CliRun result = resume ? CliRun.of("run", "--resume", script.toString())
                : CliRun.of(run ? "run" : "check", script.toString());
        String seen = result.out() + result.err() + "exit " + result.exit() + "\n";
        return seen.replaceAll("\\d+\\.\\d+ (m?s)", "<time> $1"); // timings differ from run to run
    }

    @TestFactory
    Stream<DynamicTest> everyScriptGivesItsExpectedOutput() throws IOException {
        return scripts().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String actual = observe(script);
            Path expectedFile = Path.of(script.toString().replaceAll("\\.nnet$", ".expected"));
            if (UPDATE) Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            assertTrue(Files.exists(expectedFile), "no expected output for " + script);
            assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
            assertFalse(actual.contains("Exception") || actual.contains("\tat "), "a stack trace reached the user");
        }));
    }

    @Test
    void everyDiagnosticCodeHasAScriptInTheCorpus() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path script : scripts()) {
            Path expected = Path.of(script.toString().replaceAll("\\.nnet$", ".expected"));
            if (Files.exists(expected)) all.append(Files.readString(expected, StandardCharsets.UTF_8));
        }
        for (dev.nnet.diag.DiagnosticCode code : dev.nnet.diag.DiagnosticCode.values()) {
            assertTrue(all.indexOf("[" + code.id + "]") >= 0, "no script in the corpus gives " + code.id);
        }
    }

    @Test
    void everyDiagnosticCodeIsDocumented() throws IOException {
        String reference = Files.readString(Path.of("docs/language.md"), StandardCharsets.UTF_8);
        for (dev.nnet.diag.DiagnosticCode code : dev.nnet.diag.DiagnosticCode.values()) {
            assertTrue(reference.contains("| " + code.id + " |"), code.id + " is not in docs/language.md");
        }
    }

    @Test
    void theCorpusHasAtLeastTwentyBrokenScripts() throws IOException {
        long broken = scripts().stream().filter(s -> observe(s).contains("exit 1")).count();
        assertTrue(broken >= 20, "only " + broken + " broken scripts");
    }
}
