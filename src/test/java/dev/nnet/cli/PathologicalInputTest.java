package dev.nnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break a parser: each ends with a diagnostic or success, never a stack overflow or
 * a hang. The timeouts only catch hangs (they are far above the times measured: see README); speed
 * itself is measured by bench/CheckBench.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalInputTest {
    @TempDir
    Path temp;

    private CliRun check(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        CliRun run = CliRun.of("check", file.toString());
        assertFalse((run.out() + run.err()).contains("StackOverflow"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        return run;
    }

    @Test
    void nestingAHundredThousandDeepIsRefusedWithOneDiagnostic() throws IOException {
        CliRun run = check("deep.nnet", "let x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E0106]: brackets are nested more than 200 deep"), run.err());
        assertEquals(1, run.err().split("error\\[").length - 1, run.err());
    }

    @Test
    void aHundredThousandSignsInARowAreRefused() throws IOException {
        CliRun run = check("signs.nnet", "let x = " + "- ".repeat(100_000) + "1\n");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("E0106"), run.err());
    }

    @Test
    void aSumOfAHundredThousandTermsIsChecked() throws IOException {
        CliRun run = check("sum.nnet", "let x = 1" + " + 1".repeat(100_000) + "\nprint x\n");
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void aTenMegabyteLineIsShownAsAWindow() throws IOException {
        CliRun run = check("long.nnet", "let x = \"" + "a".repeat(10_000_000) + "\" $\n");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("E0103"), run.err());
        assertTrue(run.err().length() < 5_000, "printed " + run.err().length() + " characters");
    }

    @Test
    void aMillionDigitNumberIsTooLarge() throws IOException {
        CliRun whole = check("int.nnet", "let x = " + "9".repeat(1_000_000) + "\nprint x\n");
        assertEquals(1, whole.exit());
        assertTrue(whole.err().contains("E0406"), whole.err());
        assertTrue(whole.err().length() < 5_000);
        CliRun fraction = check("float.nnet", "let x = " + "9".repeat(1_000_000) + ".5\nprint x\n");
        assertTrue(fraction.err().contains("E0406"), fraction.err());
    }

    @Test
    void tenThousandErrorsAreCappedAtAHundredAndCounted() throws IOException {
        CliRun run = check("many.nnet", "print nope\n".repeat(10_000));
        assertEquals(1, run.exit());
        assertEquals(100, run.err().split("error\\[E0201\\]").length - 1);
        assertTrue(run.err().contains("error[E0100]: too many errors: 9900 more are not shown"), run.err());
    }

    @Test
    void tenThousandSyntaxErrorsAreCappedToo() throws IOException {
        CliRun run = check("syntax.nnet", "let = $\n".repeat(10_000));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E0100]: too many errors"), run.err());
    }
}
