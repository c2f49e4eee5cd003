package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path temp;

    @Test
    void versionNamesTheProgramAndItsVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().matches("nnet \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("run") && run.out().contains("check"), run.out());
    }

    @Test
    void anUnknownOptionIsABadCommandLine() {
        CliRun run = CliRun.of("run", "--frobnicate", "x.nnet");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--frobnicate"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownCommandIsABadCommandLine() {
        CliRun run = CliRun.of("trian", "x.nnet");
        assertEquals(2, run.exit());
        assertNoStackTrace(run);
    }

    @Test
    void noCommandAtAllSaysWhatToDo() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("nnet run FILE"), run.err());
    }

    @Test
    void aMissingScriptIsABadCommandLine() {
        CliRun run = CliRun.of("run", temp.resolve("nope.nnet").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void aScriptThatIsNotUtf8IsRefusedPlainly() throws IOException {
        Path bad = temp.resolve("bad.nnet");
        Files.write(bad, new byte[] {'l', 'e', 't', ' ', (byte) 0xC3, (byte) 0x28});
        CliRun run = CliRun.of("check", bad.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not UTF-8"), run.err());
    }

    @Test
    void checkReportsEveryFileAndExitsWithTheWorst() throws IOException {
        Path good = temp.resolve("good.nnet");
        Files.writeString(good, "let a = 1\nprint a\n");
        Path bad = temp.resolve("bad.nnet");
        Files.writeString(bad, "print b\n");
        CliRun run = CliRun.of("check", good.toString(), bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("good.nnet: no problems"), run.out());
        assertTrue(run.err().contains("unknown name `b`"), run.err());
    }

    @Test
    void aScriptWithErrorsRunsNothing() throws IOException {
        Path script = temp.resolve("s.nnet");
        Files.writeString(script, "print \"started\"\nprint missing\n");
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("nothing was run"), run.err());
    }

    @Test
    void aDivergingTrainingStopsWithADiagnosticAndExitOne() throws IOException {
        Path script = temp.resolve("diverge.nnet");
        Files.writeString(script, """
                dataset iris = iris() { split: {train: 0.8, test: 0.2} }
                model net { input 4; dense(64, activation: relu); dense(3) }
                train net on iris.train {
                    loss: mse
                    optimizer: sgd(learning_rate: 1000)
                    epochs: 50
                }
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("error[E0601]: training diverged"), run.err());
        assertTrue(run.err().contains("epoch"), run.err());
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse((run.out() + run.err()).contains("\tat "), run.err());
    }
}
