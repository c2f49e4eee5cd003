package dev.nnet.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
    /** The grammar Numbers.isDecimal scans by hand, as the regular expression it replaced. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final String ALPHABET = "0123456789+-.eE x1٣";

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.5e3", "+.5", "5.", "1e+07", "007", "3.25E-2", "-0"})
    void decimalNumbers(String text) {
        assertTrue(Numbers.isDecimal(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "+", "-.", "e5", "1e", "1e+", "1.2.3", "0x1p3", "1d", "1f", " 1", "1 ", "nan",
            "٣", "1..2", "--1", "1e5.0"})
    void notDecimalNumbers(String text) {
        assertFalse(Numbers.isDecimal(text), text);
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    /** Random short strings over digits, signs, dots, exponents and strangers: the scanner and the pattern agree. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithTheRegularExpression(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String s = text.toString();
            assertEquals(DECIMAL.matcher(s).matches(), Numbers.isDecimal(s), "`" + s + "`");
        }
    }
}
