package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The pure-Java fdlibm ports against java.lang.StrictMath, bit for bit, on seeded inputs drawn
 * to reach every branch: uniform over the ranges the functions split at, log-uniform magnitudes
 * from subnormals to overflow, random bit patterns, and the special values.
 */
class FdlibmTest {
    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0,
        0.5, -0.5, 2.0, 22.0, -22.0, 0x1p-54, 0x1p-55, 0x1p-29, -0x1p-29, 709.78, 709.8, -709.8, 38.8, -38.9,
        0.41422, -0.2929, -0.29289, 0.3465, 1.0397, Math.nextUp(-1.0), 0x1p53, 0x1p1023, Math.E, 1e-300};

    private static void assertBitsEqual(String name, DoubleUnaryOperator ours, DoubleUnaryOperator strict, long seed) {
        for (double x : SPECIAL) check(name, ours, strict, x);
        Rng rng = new Rng(seed);
        for (int i = 0; i < 300_000; i++) {
            check(name, ours, strict, (rng.nextDouble() * 2 - 1) * 4);                       // the core ranges
            check(name, ours, strict, (rng.nextDouble() * 2 - 1) * 60);                      // up to the cut-offs
            check(name, ours, strict, Math.copySign(StrictMath.pow(2, rng.nextDouble() * 2100 - 1075),
                    rng.nextDouble() - 0.5));                                                   // every magnitude
            check(name, ours, strict, Double.longBitsToDouble(rng.nextLong()));                // any bit pattern
            check(name, ours, strict, 1 + (rng.nextDouble() - 0.5) * 1e-6);                    // near 1 (log)
        }
    }

    private static void check(String name, DoubleUnaryOperator ours, DoubleUnaryOperator strict, double x) {
        long expected = Double.doubleToLongBits(strict.applyAsDouble(x)); // one NaN for all NaNs
        long actual = Double.doubleToLongBits(ours.applyAsDouble(x));
        if (expected != actual) {
            fail(name + "(" + x + " = " + Long.toHexString(Double.doubleToRawLongBits(x)) + "): StrictMath gives "
                    + Double.longBitsToDouble(expected) + ", the port " + Double.longBitsToDouble(actual));
        }
    }

    @Test
    void tanhIsStrictMathsBits() {
        assertBitsEqual("tanh", Fdlibm::tanh, StrictMath::tanh, 1);
    }

    @Test
    void expm1IsStrictMathsBits() {
        assertBitsEqual("expm1", Fdlibm::expm1, StrictMath::expm1, 2);
    }

    @Test
    void log1pIsStrictMathsBits() {
        assertBitsEqual("log1p", Fdlibm::log1p, StrictMath::log1p, 3);
    }

    @Test
    void logIsStrictMathsBits() {
        assertBitsEqual("log", Fdlibm::log, StrictMath::log, 4);
    }

    @Test
    void erfMatchesTheCLibrary() {
        // Python's math.erf (the C library's) written by make_references.py; both are within 1 ulp of erf.
        double[] x = References.values("erf.x");
        double[] y = References.values("erf.y");
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], Erf.erf(x[i]), 2 * Math.ulp(y[i]), "erf(" + x[i] + ")");
        }
        assertEquals(1.0, Erf.erf(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Erf.erf(Double.NEGATIVE_INFINITY));
        assertEquals(Double.NaN, Erf.erf(Double.NaN));
    }

    @Test
    void erfIsOddAndIncreasing() {
        Rng rng = new Rng(5);
        for (int i = 0; i < 100_000; i++) {
            double a = (rng.nextDouble() * 2 - 1) * 7;
            double b = a + rng.nextDouble() * 1e-3;
            assertEquals(-Erf.erf(a), Erf.erf(-a), 0.0);
            if (Erf.erf(b) < Erf.erf(a)) fail("erf decreases between " + a + " and " + b);
        }
    }
}
