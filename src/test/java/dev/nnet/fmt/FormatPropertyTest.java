package dev.nnet.fmt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over seeded random programs ({@link ProgramGenerator}): formatting never changes the syntax tree
 * (spans aside), and formatting a formatted program changes nothing. A failure names its seed;
 * rerun one with {@code -Dtest=FormatPropertyTest -Dfmt.seed=N}.
 */
class FormatPropertyTest {
    static final int CASES = Integer.getInteger("fmt.cases", 1200);

    static LongStream seeds() {
        Long only = Long.getLong("fmt.seed");
        return only != null ? LongStream.of(only) : LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void formattingKeepsTheTreeAndIsIdempotent(long seed) {
        String program = new ProgramGenerator(seed).program();
        FormatProperties.assertFormatsWell("seed-" + seed + ".nnet", program);
    }

    @Test
    void theGeneratorWritesEveryForm() {
        StringBuilder all = new StringBuilder();
        for (long seed = 0; seed < CASES; seed++) all.append(new ProgramGenerator(seed).program()).append('\n');
        String text = all.toString();
        for (String form : new String[] {"let ", "def ", "dataset ", "model ", "train ", "evaluate ", "predict ",
                "print", "for ", "if ", "else", "backward ", "step ", "input", "#", ";", "..", "not", "and", "or",
                "@", "%", "==", "<=", ".train", "{", "[", "\"", "true", "_000", "e-3"}) {
            assertTrue(text.contains(form), "no generated program uses " + form);
        }
    }
}
