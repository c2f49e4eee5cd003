package dev.nnet.engine;

/**
 * The one-input elementwise functions, each with its derivative right beside it. The kernels'
 * loops call these scalar methods (in double precision, through StrictMath, so every JVM gives
 * the same bits); a reader checks a function against its slope here, in one place.
 *
 * <p>Slopes take both the input x and the output y = f(x), because several derivatives are
 * cheapest in terms of y (sigmoid, tanh, exp).
 */
enum Pointwise {
    NEG,
    SIGMOID,
    TANH,
    RELU,
    EXP,
    LOG;

    double value(double x) {
        switch (this) {
            case NEG: return -x;
            case SIGMOID: return sigmoid(x);
            case TANH: return tanh(x);
            case RELU: return relu(x);
            case EXP: return exp(x);
            default: return log(x);
        }
    }

    double slope(double x, double y) {
        switch (this) {
            case NEG: return -1;
            case SIGMOID: return sigmoidSlope(y);
            case TANH: return tanhSlope(y);
            case RELU: return reluSlope(x);
            case EXP: return expSlope(y);
            default: return logSlope(x);
        }
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
