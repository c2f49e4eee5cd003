package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnet run --progress=MODE}: over the script's {@code progress:}; a bad mode is a bad command line. */
class ProgressOptionTest {
    @TempDir
    Path temp;

    private Path script() throws IOException {
        return Files.writeString(temp.resolve("t.nnet"), """
                dataset iris = iris() { split: {train: 0.8, test: 0.2}; seed: 1 }
                model net { input 4; dense(3, activation: softmax) }
                train net on iris.train { loss: cross_entropy; optimizer: adam; epochs: 2; progress: lines }
                """);
    }

    @Test
    void aModeOnTheCommandLineReplacesTheScripts() throws IOException {
        CliRun none = CliRun.of("run", "--progress=none", script().toString());
        assertEquals(0, none.exit(), none.err());
        assertTrue(none.out().matches("trained net: 2 epochs in \\d+\\.\\d\\d s\\n"), none.out());
        CliRun lines = CliRun.of("run", script().toString(), "--progress", "lines");
        assertEquals(0, lines.exit(), lines.err());
        assertEquals(4, lines.out().lines().count(), lines.out());
        assertFalse(lines.out().contains("\r"), lines.out());
        CliRun bar = CliRun.of("run", "--progress=bar", script().toString());
        assertEquals(0, bar.exit(), bar.err());
        assertTrue(bar.out().contains("\r") && bar.out().contains("ETA"), "the bar, as asked, even into a file");
    }

    @Test
    void anUnknownModeExitsWithTwoAndSaysWhatIsKnown() throws IOException {
        CliRun run = CliRun.of("run", "--progress=bars", script().toString());
        assertEquals(2, run.exit());
        assertEquals("nnet: --progress must be auto, bar, lines or none, not `bars` (did you mean `bar`?)\n", run.err());
        assertEquals("", run.out(), "nothing ran");
        CliRun far = CliRun.of("run", "--progress=verbose", script().toString());
        assertEquals(2, far.exit());
        assertEquals("nnet: --progress must be auto, bar, lines or none, not `verbose`\n", far.err());
    }
}
