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

    /** The loops to use now: the plain ones until {@link VectorWarmup} has compiled the Vector API ones (same bits). */
    static FloatArrayMath current() {
        return VectorWarmup.isDone() ? SELECTED : PLAIN;
    }

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

    /** out[r, j] = a[r, j] + row[j] for every row r. */
    void addRow(float[] a, float[] row, float[] out) {
        int m = row.length;
        for (int off = 0; off < out.length; off += m) {
            for (int j = 0; j < m; j++) out[off + j] = a[off + j] + row[j];
        }
    }

    /** dst[j] += g[r, j] for every row r, in order. */
    void accumulateRows(float[] g, float[] dst) {
        int m = dst.length;
        for (int off = 0; off < g.length; off += m) {
            for (int j = 0; j < m; j++) dst[j] += g[off + j];
        }
    }

    /**
     * One Adam step over every element (see {@link Kernels#adam}; weight decay already folded
     * into g): m = b1 m + c1 g; v = b2 v + c2 g^2; p += step * m / (sqrt(v) / root2 + e); g = 0.
     * The JIT vectorises this loop itself; its speed is bound by the square root and the two
     * divisions (a Vector API version measured no faster).
     */
    void adam(float[] p, float[] g, float[] m, float[] v, float b1, float b2, float c1, float c2, float e, float step,
              float root2) {
        for (int i = 0; i < p.length; i++) adamElement(p, g, m, v, b1, b2, c1, c2, e, step, root2, i);
    }

    static void adamElement(float[] p, float[] g, float[] m, float[] v, float b1, float b2, float c1, float c2, float e,
                            float step, float root2, int i) {
        float d = g[i];
        float mi = b1 * m[i] + c1 * d;
        float vi = b2 * v[i] + c2 * (d * d);
        m[i] = mi;
        v[i] = vi;
        p[i] += step * (mi / ((float) Math.sqrt(vi) / root2 + e)); // torch: addcdiv(m, denom, -step)
        g[i] = 0f;
    }

    /** y[i] = sigmoid(x[i]) for i < n. */
    void sigmoid(float[] x, float[] y, int n) {
        for (int i = 0; i < n; i++) y[i] = FloatMath.sigmoid(x[i]);
    }
}
