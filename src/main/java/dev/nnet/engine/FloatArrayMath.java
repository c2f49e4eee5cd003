package dev.nnet.engine;

/**
 * {@link FloatMath}'s functions over whole arrays: eight lanes at a time on the Vector API when
 * its module is present, else one element at a time; the two give the same bits (the lanes run
 * exactly FloatMath's operations, in its order).
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

    /** y[i] = sigmoid(x[i]) for i < n. */
    void sigmoid(float[] x, float[] y, int n) {
        for (int i = 0; i < n; i++) y[i] = FloatMath.sigmoid(x[i]);
    }
}
