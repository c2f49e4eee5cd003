package dev.nnet.engine;

/**
 * Fast float32 exp, tanh and sigmoid for the float kernels' hot loops, built from nothing but
 * IEEE additions, multiplications, divisions and exponent-bit arithmetic, so that every JVM and
 * every JIT gives the same bits (java.lang.Math's transcendentals promise no such thing), and so
 * that {@link VectorFloatMath} can compute exactly the same values eight lanes at a time.
 * Accuracy: within 2 ulp of the correctly rounded float (FloatMathTest checks it against
 * StrictMath on millions of inputs); float64 work keeps using {@link Fdlibm}.
 *
 * <p>exp: Cody and Waite's reduction x = k ln2 + r with |r| <= ln2 / 2, ln2 split in two so that
 * k * LN2_HI is exact; e^r by its Taylor polynomial to r^7 (truncation error below 5e-9, under a
 * tenth of an ulp); the result scaled by 2^k through the exponent bits. k is rounded with the
 * 1.5 * 2^23 trick, which is exact IEEE rounding in any evaluation order.
 *
 * <p>tanh: 1 - 2 / (e^{2|x|} + 1) with the sign restored, which loses at most a bit to cancellation
 * for |x| >= 0.55; below, the odd Taylor series of tanh to x^17 (its next term is below 6e-9 of
 * the value there). sigmoid: with e = e^{-|x|} <= 1 (never overflowing), 1 / (1 + e) for x >= 0
 * and e / (1 + e) below.
 */
final class FloatMath {
    private FloatMath() {
    }

    static final float LOG2E = 1.44269504f;
    static final float LN2_HI = 0.693359375f;     // 0x3f318000: 9 significant bits, so k * LN2_HI is exact
    static final float LN2_LO = -2.12194440e-4f;  // ln2 - LN2_HI
    static final float ROUNDER = 12582912f;       // 1.5 * 2^23: adding and subtracting it rounds to an integer
    static final int ROUNDER_BITS = 0x4B400000;   // its bits: those of ROUNDER + k are ROUNDER_BITS + k
    static final float EXP_MAX = 88.0f;           // e^88 < Float.MAX_VALUE; above, the result is clamped...
    static final float EXP_MIN = -87.0f;          // ... and below, e^x is under the smallest normal float
    static final float TANH_SERIES_BELOW = 0.55f;
    static final float TANH_SATURATES = 9.5f;     // tanh(9.5) rounds to 1f

    // Taylor coefficients 1/n! for e^r, and of tanh: x - x^3/3 + 2x^5/15 - 17x^7/315 + ...
    static final float E2 = 1f / 2, E3 = 1f / 6, E4 = 1f / 24, E5 = 1f / 120, E6 = 1f / 720, E7 = 1f / 5040;
    static final float T3 = -1f / 3, T5 = 2f / 15, T7 = -17f / 315, T9 = 62f / 2835, T11 = -1382f / 155925,
            T13 = 21844f / 6081075, T15 = -929569f / 638512875, T17 = 6404582f / 10854718875f;

    /**
     * e^x for x in [EXP_MIN, EXP_MAX]; x is clamped to that range first (so e^x of a large x is
     * e^88, not infinity: callers only use it where that cannot matter), NaN stays NaN.
     */
    static float exp(float x) {
        float c = Math.min(Math.max(x, EXP_MIN), EXP_MAX);
        float shifted = c * LOG2E + ROUNDER;
        float k = shifted - ROUNDER;
        float r = (c - k * LN2_HI) - k * LN2_LO;
        float p = 1f + r * (1f + r * (E2 + r * (E3 + r * (E4 + r * (E5 + r * (E6 + r * E7))))));
        return p * Float.intBitsToFloat((Float.floatToRawIntBits(shifted) - (ROUNDER_BITS - 127)) << 23);
    }

    static float tanh(float x) {
        float a = Math.min(Math.abs(x), TANH_SATURATES);
        float e = exp(2f * a);
        float far = 1f - 2f / (e + 1f);
        float z = a * a;
        float near = a + a * z * (T3 + z * (T5 + z * (T7 + z * (T9 + z * (T11 + z * (T13 + z * (T15 + z * T17)))))));
        float t = a < TANH_SERIES_BELOW ? near : far;
        return withSignOf(t, x);
    }

    /** t (not negative) with the sign bit of x: Math.copySign by bits, as the vector lanes do it. */
    static float withSignOf(float t, float x) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(t) | (Float.floatToRawIntBits(x) & 0x80000000));
    }

    static float sigmoid(float x) {
        float e = exp(-Math.abs(x));
        float d = 1f + e;
        return x >= 0 ? 1f / d : e / d;
    }
}
