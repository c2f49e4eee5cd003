package dev.nnet.engine;

/**
 * Buffers one matrix product reuses on every call, made when its node is built (the packed
 * buffers of the Vector API path grow on first use, then stay): replays allocate nothing.
 *
 * <p>The plain path's wide products (m >= {@link #NARROW}) copy op(B) into separate row arrays
 * and sum each row of C in a row buffer. The copy is what lets the JIT vectorise the inner loop
 * on Java 17: it only auto-vectorises {@code acc[j] = fma(a, row[j], acc[j])} when both arrays
 * are indexed by the same j, not at different offsets into flat arrays (it cannot rule out that
 * they overlap); without it the i-k-j loop ran 3-4 times slower here.
 *
 * <p>Narrow products (m < NARROW, such as a 10-class output layer) are computed transposed, along
 * n (see PlainFloatGemm): an inner loop over fewer than NARROW elements costs more in loop set-up
 * than in arithmetic. Every path adds the terms of C[i,j] in the same order, so they give the
 * same bits. (The float64 kernels still use floatRows' sibling doubleRows as columns [m][k].)
 */
final class GemmScratch {
    static final int NARROW = 16;
    private static final float[] NONE = new float[0];

    final int k;
    final int m;
    final float[][] floatRows;   // op(B) by rows [k][m]; null when narrow (that path transposes instead)
    final float[] floatRow;
    final double[][] doubleRows;
    final double[] doubleRow;
    /** The description of a product handed to the Vector API kernel and its second thread. */
    final GemmTask task = new GemmTask();
    private float[] packedLeft = NONE;
    private float[] packedRight = NONE;
    private float[][] transposedLeft;
    private float[][] transposedOut;

    private GemmScratch(int k, int m, float[][] floatRows, float[] floatRow, double[][] doubleRows, double[] doubleRow) {
        this.k = k;
        this.m = m;
        this.floatRows = floatRows;
        this.floatRow = floatRow;
        this.doubleRows = doubleRows;
        this.doubleRow = doubleRow;
    }

    /**
     * For a product op(A)[n,k] . op(B)[k,m] in the given precision: rows [k][m] and a row of m
     * when wide, columns [m][k] (and no row) when narrow.
     */
    static GemmScratch of(Precision precision, int k, int m) {
        boolean narrow = m < NARROW;
        int outer = narrow ? m : k, inner = narrow ? k : m;
        return precision == Precision.FLOAT32
                ? new GemmScratch(k, m, narrow ? null : new float[k][m], narrow ? null : new float[m], null, null)
                : new GemmScratch(k, m, null, null, new double[outer][inner], narrow ? null : new double[m]);
    }

    boolean narrow() {
        return m < NARROW;
    }

    boolean fits(int k, int m) {
        return this.k == k && this.m == m;
    }

    /** Rows [k][n] for op(A)^T in the plain narrow path (allocated on the first call, or when n changes). */
    float[][] transposedLeft(int k, int n) {
        if (transposedLeft == null || transposedLeft.length != k || k > 0 && transposedLeft[0].length < n) {
            transposedLeft = new float[k][n];
        }
        return transposedLeft;
    }

    /** Rows [m][n] for C^T in the plain narrow path. */
    float[][] transposedOut(int m, int n) {
        if (transposedOut == null || transposedOut.length != m || m > 0 && transposedOut[0].length < n) {
            transposedOut = new float[m][n];
        }
        return transposedOut;
    }

    /** A buffer of at least {@code size} floats for the packed left operand (allocated once, on the first call). */
    float[] packedLeft(int size) {
        if (packedLeft.length < size) packedLeft = new float[size];
        return packedLeft;
    }

    /** A buffer of at least {@code size} floats for the packed right operand. */
    float[] packedRight(int size) {
        if (packedRight.length < size) packedRight = new float[size];
        return packedRight;
    }
}
