package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The epoch line's numbers are the formatter's, digit for digit, without the formatter. */
class DecimalsTest {
    private static String fast(double v, int places) {
        return Decimals.append(new StringBuilder(), v, places).toString();
    }

    private static void same(double v, int places) {
        assertEquals(String.format(Locale.ROOT, "%." + places + "f", v), fast(v, places), "value " + v);
    }

    @Test
    void seededRandomValuesOfEveryMagnitudeReadAsTheFormatterWritesThem() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(16) - 6);
            double v = (random.nextDouble() - 0.3) * magnitude;
            same(v, 4);
            same(v, 1);
        }
    }

    @Test
    void tiesAndEdgesReadAsTheFormatterWritesThem() {
        // Ties in decimal that are not ties in binary: the formatter rounds the shortest decimal, half up.
        double[] values = {0.00015, 0.12345, 1.00005, 2.675, 0.5, 1.5, 0.05, 0.25, -0.00005, -0.0, 0.0, -1e-9,
            9999.99995, 123456789.123456789, 1e14, 1e15 + 0.5, 1e300, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, Double.MIN_VALUE, -Double.MIN_VALUE, 0.99995, 0.999949999};
        for (double v : values) {
            for (int places = 0; places <= 6; places++) same(v, places);
        }
        for (int k = 0; k < 100_000; k++) {
            same(k / 20000.0, 4); // every multiple of 0.00005, half of them ties
            same(k / 20.0, 1);
        }
    }

    @Test
    void paddedIntegersReadAsPercentD() {
        for (int n : new int[] {0, 7, 10, 99, 100, 12345, Integer.MAX_VALUE}) {
            for (int width = 1; width <= 12; width++) {
                assertEquals(String.format(Locale.ROOT, "%" + width + "d", n),
                        Decimals.padded(new StringBuilder(), n, width).toString());
            }
        }
    }
}
