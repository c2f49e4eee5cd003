package dev.nnet.engine;

/**
 * One float product as the blocked kernel sees it: E[r, q] = init + sum_p L(r, p) R(p, q) for
 * r < rows, q < cols, where L and R are read through strides (which is how the transposed
 * operands are handled without copies) and E is C itself or, when {@link #flip}, its transpose.
 * Columns of E come in panels of the kernel's width, and panels in groups ({@link #groupPanels});
 * the groups are what two threads share out.
 *
 * <p>Fields are set by the caller before each product and only read while it runs; the object is
 * reused for every call of one product, so a call allocates nothing.
 */
final class GemmTask {
    FloatGemm gemm;
    int rows;
    int cols;
    int k;
    int m;              // C's row length
    boolean flip;       // E = C^T: C[q, r] = E[r, q]
    boolean accumulate; // start from C instead of zero
    float[] c;
    float[] left;
    int leftRowStride;
    int leftDepthStride;
    float[] right;
    int rightDepthStride;
    int rightColStride;
    float[] packedLeft;
    float[] packedRight;
    int groupPanels;    // panels per unit of work shared between the threads
    boolean directLeft; // whole blocks of L read in place (rows of L contiguous, k small), not packed
    final float[][] tiles = new float[2][];

    /** The flat index in C of E[r, q]. */
    int at(int r, int q) {
        return flip ? q * m + r : r * m + q;
    }

    /** Computes groups [from, to) of panels of E; {@code worker} 0 is the calling thread, 1 the second thread. */
    void run(int from, int to, int worker) {
        gemm.panels(this, from, to, worker);
    }
}
