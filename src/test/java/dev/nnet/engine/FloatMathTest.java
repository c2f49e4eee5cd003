package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The fast float functions: within 2 ulp of the correctly rounded value (1 ulp was the worst seen for exp and tanh) (StrictMath in double,
 * rounded to float) on seeded inputs over every range they split at, and the Vector API lanes
 * equal to the scalar code bit for bit.
 */
class FloatMathTest {
    private static final float[] SPECIAL = {0f, -0f, 1e-30f, -1e-30f, Float.MIN_VALUE, 0.55f, -0.55f, 0.5499999f, 9.5f,
        -9.5f, 20f, -20f, 88f, -87f, 100f, -100f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.NaN, 1f, -1f};

    private static float[] inputs(long seed, double range, int count) {
        Rng rng = new Rng(seed);
        float[] x = new float[count];
        for (int i = 0; i < count; i++) {
            switch (i % 3) {
                case 0 -> x[i] = (float) ((2 * rng.nextDouble() - 1) * range);
                case 1 -> x[i] = (float) ((2 * rng.nextDouble() - 1) * 1.2);                      // near the series' edge
                default -> x[i] = (float) Math.copySign(Math.pow(10, -30 * rng.nextDouble()), rng.nextDouble() - 0.5);
            }
        }
        return x;
    }

    private static int ulps(float expected, float actual) {
        if (Float.isNaN(expected) || Float.isNaN(actual)) return Float.isNaN(expected) && Float.isNaN(actual) ? 0 : Integer.MAX_VALUE;
        if (expected == actual) return 0;
        return (int) Math.min(Integer.MAX_VALUE, Math.abs((long) Float.floatToIntBits(expected) - Float.floatToIntBits(actual)));
    }

    private static void assertAccurate(String name, java.util.function.Function<Float, Float> ours, DoubleUnaryOperator exact,
                                       float[] x, int maxUlps) {
        int worst = 0;
        for (float v : x) {
            float expected = (float) exact.applyAsDouble(v);
            int u = ulps(expected, ours.apply(v));
            if (u > maxUlps) fail(name + "(" + v + "): expected " + expected + ", got " + ours.apply(v) + " (" + u + " ulp)");
            worst = Math.max(worst, u);
        }
        assertTrue(worst <= maxUlps);
    }

    private static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + StrictMath.exp(-x)) : StrictMath.exp(x) / (1 + StrictMath.exp(x));
    }

    @Test
    void expIsWithinTwoUlpsOnItsRange() {
        float[] x = inputs(1, 87, 300_000);
        for (int i = 0; i < x.length; i++) x[i] = Math.max(-87f, Math.min(88f, x[i]));
        assertAccurate("exp", FloatMath::exp, StrictMath::exp, x, 2);
        assertEquals(Float.NaN, FloatMath.exp(Float.NaN));
    }

    @Test
    void tanhIsWithinTwoUlps() {
        assertAccurate("tanh", FloatMath::tanh, StrictMath::tanh, inputs(2, 12, 300_000), 2);
        assertAccurate("tanh", FloatMath::tanh, StrictMath::tanh, SPECIAL, 2);
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(FloatMath.tanh(-0f)), "tanh(-0) = -0");
    }

    @Test
    void sigmoidIsWithinTwoUlpsAboveTheClamp() {
        float[] x = inputs(3, 80, 300_000); // e^-|x| is clamped at e^-87: below -87 the sigmoid is off, as no loss can tell
        assertAccurate("sigmoid", FloatMath::sigmoid, FloatMathTest::sigmoid, x, 2);
        assertEquals(1f, FloatMath.sigmoid(100f));
        assertTrue(FloatMath.sigmoid(-100f) < 1e-37f);
    }

    @Test
    void vectorLanesEqualTheScalarCodeBitForBit() {
        assertNotNull(FloatArrayMath.VECTOR, "surefire runs with the Vector API module");
        float[] specials = new float[VectorFloatMath.VECTOR_FROM * 2 + 3]; // long enough for the vector loop
        for (int i = 0; i < specials.length; i++) specials[i] = SPECIAL[i % SPECIAL.length];
        for (int n : new int[] {specials.length, 100_003}) {
            float[] x = n == specials.length ? specials : inputs(4, 30, n);
            float[] vector = new float[n], plain = new float[n];
            FloatArrayMath.VECTOR.tanh(x, vector, n);
            FloatArrayMath.PLAIN.tanh(x, plain, n);
            for (int i = 0; i < n; i++) {
                assertEquals(Float.floatToIntBits(plain[i]), Float.floatToIntBits(vector[i]), "tanh(" + x[i] + ")");
            }
            FloatArrayMath.VECTOR.sigmoid(x, vector, n);
            FloatArrayMath.PLAIN.sigmoid(x, plain, n);
            for (int i = 0; i < n; i++) {
                assertEquals(Float.floatToIntBits(plain[i]), Float.floatToIntBits(vector[i]), "sigmoid(" + x[i] + ")");
            }
        }
    }

    private static void assertSameBits(float[] plain, float[] vector, String what) {
        for (int i = 0; i < plain.length; i++) {
            assertEquals(Float.floatToIntBits(plain[i]), Float.floatToIntBits(vector[i]), what + " element " + i);
        }
    }

    @Test
    void theOtherVectorLoopsEqualTheScalarOnesBitForBit() {
        int n = 10_007, m = 37; // not a multiple of the vector length, to reach the tails
        float[] x = inputs(5, 30, n), gy = inputs(6, 3, n);
        FloatArrayMath v = FloatArrayMath.VECTOR, s = FloatArrayMath.PLAIN;
        float[] a = new float[n], b = new float[n];
        v.exp(x, a, n);
        s.exp(x, b, n);
        assertSameBits(b, a, "exp");
        v.relu(x, a, n);
        s.relu(x, b, n);
        assertSameBits(b, a, "relu");
        float[] ga = gy.clone(), gb = gy.clone();
        v.reluBackward(x, gy, ga, n);
        s.reluBackward(x, gy, gb, n);
        assertSameBits(gb, ga, "relu backward");
        float[] rows = java.util.Arrays.copyOf(x, n - n % m), row = java.util.Arrays.copyOf(gy, m);
        float[] outA = new float[rows.length], outB = new float[rows.length];
        v.addRow(rows, row, outA);
        s.addRow(rows, row, outB);
        assertSameBits(outB, outA, "addRow");
        float[] sumA = row.clone(), sumB = row.clone();
        v.accumulateRows(rows, sumA);
        s.accumulateRows(rows, sumB);
        assertSameBits(sumB, sumA, "accumulateRows");
    }
}
