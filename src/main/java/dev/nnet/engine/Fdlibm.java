package dev.nnet.engine;

/**
 * Pure-Java versions of the fdlibm 5.3 functions (Sun Microsystems, 1993-2004; the library
 * behind java.lang.StrictMath) that Java 17's StrictMath reaches through slow native calls:
 * tanh, expm1, log1p and log, plus erf, which Java lacks. Each follows the fdlibm algorithm step
 * by step (s_tanh.c, s_expm1.c, s_log1p.c, e_log.c, s_erf.c: the same argument reduction, the
 * same minimax coefficients, the same order of operations), so tanh, expm1, log1p and log return
 * exactly StrictMath's bits: FdlibmTest checks that on millions of seeded inputs. The coefficients
 * are fdlibm's; the methods below give each one's method in brief.
 *
 * <p>fdlibm notice: Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved.
 */
final class Fdlibm {
    private Fdlibm() {
    }

    private static final double LN2_HI = 6.93147180369123816490e-01;  // 0x3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10;  // 0x3dea39ef 35793c76
    private static final double TWO54 = 1.80143985094819840000e+16;   // 2^54
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double EXP_OVERFLOW = 7.09782712893383973096e+02;

    // ---- bit access: fdlibm works on the high and low 32-bit words of a double

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** x with its high word replaced. */
    private static double withHigh(double x, int high) {
        return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    /** A double from its high word, with a low word of zero. */
    private static double fromHigh(int high) {
        return Double.longBitsToDouble((long) high << 32);
    }

    // ---- tanh: s_tanh.c

    /**
     * tanh(x) = sign(x) * (|x| < 1 ? -t / (t + 2) with t = expm1(-2|x|) : 1 - 2 / (t + 2) with
     * t = expm1(2|x|)); x itself below 2^-55 and +-1 beyond 22.
     */
    static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; // +-1 for +-inf, NaN for NaN
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3c800000) return x * (1.0 + x); // |x| < 2^-55
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0; // fdlibm's one - tiny, which rounds to one
        }
        return jx >= 0 ? z : -z;
    }

    // ---- expm1: s_expm1.c

    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    /**
     * e^x - 1, accurate near 0. Reduce x = k ln2 + r (|r| <= ln2 / 2, with a correction c for the
     * rounding of r); approximate expm1(r) by a rational function whose R1(r^2) is a degree-5
     * minimax polynomial (error below 2^-61); scale back by 2^k, choosing the form that loses
     * least for each k.
     */
    static double expm1(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78...
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | low(x)) != 0) return x + x; // NaN
                    return negative ? -1.0 : x; // expm1(+-inf) = inf, -1
                }
                if (x > EXP_OVERFLOW) return Double.POSITIVE_INFINITY;
            }
            if (negative) return -1.0; // x < -56 ln2: e^x is below half an ulp of 1
        }
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) { // |x| > ln2 / 2: argument reduction
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI; // exact
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) return x - (x * e - hxs);
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        double y;
        if (k <= -2 || k > 56) { // e^x - 1 is e^x to working precision
            y = 1.0 - (e - x);
            y = withHigh(y, high(y) + (k << 20)); // times 2^k
            return y - 1.0;
        }
        if (k < 20) {
            double oneMinus = fromHigh(0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = oneMinus - (e - x);
        } else {
            double twoToMinusK = fromHigh((0x3ff - k) << 20);
            y = x - (e + twoToMinusK);
            y += 1.0;
        }
        return withHigh(y, high(y) + (k << 20));
    }

    // ---- log and log1p: e_log.c, s_log1p.c (the same polynomial in s = f / (2 + f))

    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    /**
     * The natural logarithm. Reduce x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2); with
     * s = f / (2 + f), log(1 + f) = 2s + s R(s^2) for a degree-14 minimax R (error below
     * 2^-58.45), evaluated in two interleaved halves; add k ln2 in two parts.
     */
    static double log(double x) {
        int hx = high(x);
        int lx = low(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022: zero, negative or subnormal
            if (((hx & 0x7fffffff) | lx) == 0) return Double.NEGATIVE_INFINITY;
            if (hx < 0) return Double.NaN;
            k -= 54;
            x *= TWO54;
            hx = high(x);
        }
        if (hx >= 0x7ff00000) return x + x; // inf or NaN
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000; // whether the mantissa is above sqrt(2)
        x = withHigh(x, hx | (i ^ 0x3ff00000)); // normalise x or x/2
        k += i >> 20;
        double f = x - 1.0;
        double dk = k;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == 0) return k == 0 ? 0.0 : dk * LN2_HI + dk * LN2_LO;
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            return k == 0 ? f - r : dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) { // f is large: the more accurate form
            double hfsq = 0.5 * f * f;
            return k == 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        return k == 0 ? f - s * (f - r) : dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /**
     * log(1 + x), accurate near 0. Reduce 1 + x = 2^k (1 + f) as in {@link #log}, keeping the
     * rounding error of 1 + x as a correction c / u; for -0.29 < x < 0.41 take f = x itself.
     */
    static double log1p(double x) {
        int hx = high(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0;
        double c = 0;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN; // x <= -1
            if (ax < 0x3e200000) { // |x| < 2^-29
                if (TWO54 + x > 0 && ax < 0x3c900000) return x; // |x| < 2^-54
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= (int) 0xbfd2bec3) { // -0.2929 < x < 0.41422: f = x exactly
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) return x + x; // inf or NaN
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // the rounding error of 1 + x
                c /= u;
            } else {
                u = x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) { // normalise u
                u = withHigh(u, hu | 0x3ff00000);
            } else { // normalise u / 2
                k += 1;
                u = withHigh(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0) {
                if (k == 0) return 0.0;
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            return k == 0 ? f - r : k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        return k == 0 ? f - (hfsq - s * (hfsq + r)) : k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }
}
