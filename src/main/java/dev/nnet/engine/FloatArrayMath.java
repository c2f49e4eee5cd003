package dev.nnet.engine;

/**
 * {@link FloatMath}'s functions and relu over whole arrays: eight lanes at a time on the Vector API
 * when its module is present, else one element at a time; the two give the same bits (the lanes
 * run exactly the scalar operations, in their order). The JIT does not vectorise these scalar
 * loops itself on Java 17 (their selects and bit moves stop it).
 */
abstract class FloatArrayMath {
    static final FloatArrayMath PLAIN = new FloatArrayMath() {
    };
    static final FloatArrayMath VECTOR = load();
    static final FloatArrayMath SELECTED = VECTOR != null ? VECTOR : PLAIN;

    private static FloatArrayMath load() {
        if (FloatGemm.VECTOR == null) return null; // the module is absent or disabled
        try {
            return (FloatArrayMath) Class.forName("dev.nnet.engine.VectorFloatMath").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** y[i] = tanh(x[i]) for i < n. */
    void tanh(float[] x, float[] y, int n) {
        for (int i = 0; i < n; i++) y[i] = FloatMath.tanh(x[i]);
    }

    /** y[i] = x[i] > 0 ? x[i] : 0 for i < n (a select, not Math.max: relu(NaN) is 0 here, as in Pointwise). */
    void relu(float[] x, float[] y, int n) {
        for (int i = 0; i < n; i++) y[i] = x[i] > 0 ? x[i] : 0f;
    }

    /** gx[i] += x[i] > 0 ? gy[i] : 0 for i < n. */
    void reluBackward(float[] x, float[] gy, float[] gx, int n) {
        for (int i = 0; i < n; i++) gx[i] += x[i] > 0 ? gy[i] : 0f;
    }

    /** y[i] = e^x[i] for i < n, as FloatMath.exp. */
    void exp(float[] x, float[] y, int n) {
        for (int i = 0; i < n; i++) y[i] = FloatMath.exp(x[i]);
    }

    /** y[i] = sigmoid(x[i]) for i < n. */
    void sigmoid(float[] x, float[] y, int n) {
        for (int i = 0; i < n; i++) y[i] = FloatMath.sigmoid(x[i]);
    }
}
