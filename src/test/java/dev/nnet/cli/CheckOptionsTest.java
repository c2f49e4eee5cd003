package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `nnet check --types`, `--cost` and `--format json`. */
class CheckOptionsTest {
    @Test
    void typesShowTheModelTheLossAndTheDefOfTheExplicitLoop() {
        CliRun run = CliRun.of("check", "--types", "examples/xor.nnet");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("  net: Model[2 -> 4 -> 1]\n"), run.out());
        assertTrue(run.out().contains("  l: Tensor[]\n"), run.out());
        assertTrue(run.out().contains("  swish: (Tensor) -> Tensor\n"), run.out());
        assertTrue(run.out().contains("  y: Tensor[B, 1]\n"), run.out());
    }

    @Test
    void costCountsParametersAndOperationsPerLayer() {
        CliRun run = CliRun.of("check", "--cost", "examples/iris.nnet");
        assertEquals(0, run.exit(), run.err());
        // dense(8) after 4 inputs: 4*8 + 8 = 40 parameters; dense(1): 8 + 1 = 9
        assertTrue(run.out().matches("(?s).*dense\\(8, activation: sigmoid\\) +\\[16, 8\\] +40 .*"), run.out());
        assertTrue(run.out().matches("(?s).*total +49 .*"), run.out());
        // forward FLOPs of dense(8) on a batch of 16: 16 * (2*4*8 + 8) + 16*8*4 for the sigmoid
        assertTrue(run.out().contains("1,664"), run.out());
        assertTrue(run.out().contains("batch of 16 (the train at line 17)"), run.out());
    }

    @Test
    void jsonGivesEveryFieldOfADiagnostic() {
        CliRun run = CliRun.of("check", "--format", "json", "src/test/resources/diagnostics/shapes-width-mismatch.nnet");
        assertEquals(1, run.exit());
        assertEquals("", run.err());
        String json = run.out();
        assertTrue(json.startsWith("{\"version\": 1, \"files\": [{\"file\": "), json);
        assertTrue(json.contains("\"code\": \"E0301\""), json);
        assertTrue(json.contains("\"severity\": \"error\""), json);
        assertTrue(json.contains("\"start\": {\"line\": 10, \"column\": 7}, \"end\": {\"line\": 10, \"column\": 10}"), json);
        assertTrue(json.contains("\"help\": [\"the dataset's feature columns are"), json);
    }

    @Test
    void jsonEscapesQuotesAndBackslashes() {
        CliRun run = CliRun.of("check", "--format", "json", "src/test/resources/diagnostics/syntax-bad-escape.nnet");
        assertTrue(run.out().contains("unknown escape `\\\\d` in a string"), run.out());
        assertTrue(run.out().contains("\\\""), run.out());
    }
}
