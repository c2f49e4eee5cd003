package dev.nnet.engine;

/**
 * The one-input elementwise functions, each with its derivative right beside it. The kernels'
 * loops call these scalar methods in double precision, through StrictMath and our {@link Fdlibm}
 * ports (never java.lang.Math's transcendentals, whose results may change with the JIT), so every
 * run gives the same bits; a reader checks a function against its slope here, in one place.
 *
 * <p>Slopes take the input x, the output y = f(x) and the function's parameter a, because several
 * derivatives are cheapest in terms of y (sigmoid, tanh, exp, elu). Functions without a parameter
 * ignore a.
 */
enum Pointwise {
    NEG,
    SIGMOID,
    TANH,
    RELU,
    EXP,
    LOG,
    /** a: the slope for x < 0 (torch's negative_slope, default 0.01). */
    LEAKY_RELU,
    /** a: alpha, the value approached as x goes to -infinity is -alpha (Clevert et al. 2016). */
    ELU,
    /** The exact (erf) form, PyTorch's default (Hendrycks and Gimpel 2016). */
    GELU,
    /** x sigmoid(x), also called swish (Elfwing et al. 2018; Ramachandran et al. 2017). */
    SILU,
    /** log(1 + e^x), with torch's beta 1 and threshold 20. */
    SOFTPLUS;

    private static final double SQRT_HALF = 0.7071067811865476;        // 1 / sqrt(2)
    private static final double INV_SQRT_2PI = 0.3989422804014327;     // 1 / sqrt(2 pi)
    private static final double SOFTPLUS_THRESHOLD = 20;

    double value(double x, double a) {
        switch (this) {
            case NEG: return -x;
            case SIGMOID: return sigmoid(x);
            case TANH: return tanh(x);
            case RELU: return relu(x);
            case EXP: return exp(x);
            case LOG: return log(x);
            case LEAKY_RELU: return x > 0 ? x : a * x;
            case ELU: return x > 0 ? x : a * Fdlibm.expm1(x);
            case GELU: return x * normalCdf(x);
            case SILU: return x * sigmoid(x);
            default: return x > SOFTPLUS_THRESHOLD ? x : Fdlibm.log1p(StrictMath.exp(x));
        }
    }

    double slope(double x, double y, double a) {
        switch (this) {
            case NEG: return -1;
            case SIGMOID: return sigmoidSlope(y);
            case TANH: return tanhSlope(y);
            case RELU: return reluSlope(x);
            case EXP: return expSlope(y);
            case LOG: return logSlope(x);
            case LEAKY_RELU: return x > 0 ? 1 : a;
            case ELU: return x > 0 ? 1 : y + a;                        // a e^x = y + a
            case GELU: return normalCdf(x) + x * INV_SQRT_2PI * StrictMath.exp(-0.5 * x * x); // Phi + x phi
            case SILU: {
                double s = sigmoid(x);
                return s * (1 + x * (1 - s));                          // s + x s (1 - s)
            }
            default: return x > SOFTPLUS_THRESHOLD ? 1 : sigmoid(x);   // d log(1 + e^x) = e^x / (1 + e^x)
        }
    }

    /** Phi(x) = (1 + erf(x / sqrt 2)) / 2, the standard normal's distribution function. */
    static double normalCdf(double x) {
        return 0.5 * (1 + Erf.erf(x * SQRT_HALF));
    }

    /** 1 / (1 + e^-x), evaluated so that e^t never overflows: for x < 0 as e^x / (1 + e^x). */
    static double sigmoid(double x) {
        if (x >= 0) return 1.0 / (1.0 + StrictMath.exp(-x));
        double e = StrictMath.exp(x);
        return e / (1.0 + e);
    }

    /** d sigmoid / dx = y (1 - y). */
    static double sigmoidSlope(double y) {
        return y * (1.0 - y);
    }

    static double tanh(double x) {
        return Fdlibm.tanh(x);
    }

    /** d tanh / dx = 1 - y^2. */
    static double tanhSlope(double y) {
        return 1.0 - y * y;
    }

    static double relu(double x) {
        return x > 0 ? x : 0.0;
    }

    /** d relu / dx = 1 for x > 0, else 0 (PyTorch's choice at 0). */
    static double reluSlope(double x) {
        return x > 0 ? 1.0 : 0.0;
    }

    static double exp(double x) {
        return StrictMath.exp(x);
    }

    /** d e^x / dx = e^x = y. */
    static double expSlope(double y) {
        return y;
    }

    static double log(double x) {
        return Fdlibm.log(x);
    }

    /** d log x / dx = 1 / x. */
    static double logSlope(double x) {
        return 1.0 / x;
    }
}
