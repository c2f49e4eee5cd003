package dev.nnet.engine;

import java.util.Arrays;

/**
 * The plain-Java float product, for when the Vector API is absent and for products too small to
 * gain from it. Math.fma keeps its results equal, bit for bit, to the Vector API kernel's (one
 * rounding per term, terms added in order p = 0..k-1); the JIT turns the wide loop into vector
 * fused multiply-adds. See {@link GemmScratch} for the row copies and the narrow path.
 */
final class PlainFloatGemm extends FloatGemm {

    @Override
    String name() {
        return "plain Java (Math.fma loops the JIT vectorises)";
    }

    @Override
    void gemm(boolean transA, boolean transB, int n, int k, int m, float[] a, float[] b, float[] c, boolean accumulate,
              GemmScratch scratch) {
        if (scratch.narrow()) {
            narrow(transA, transB, n, k, m, a, b, c, accumulate, scratch.floatRows);
            return;
        }
        float[][] rows = scratch.floatRows; // rows[p] = row p of op(B)
        float[] acc = scratch.floatRow;     // row i of C while it is being summed
        for (int p = 0; p < k; p++) {
            if (transB) {
                float[] row = rows[p];
                for (int j = 0; j < m; j++) row[j] = b[j * k + p];
            } else {
                System.arraycopy(b, p * m, rows[p], 0, m);
            }
        }
        // i-k-j order: the inner loop runs along a row of op(B) and the row of C, both contiguous.
        for (int i = 0; i < n; i++) {
            if (accumulate) System.arraycopy(c, i * m, acc, 0, m);
            else Arrays.fill(acc, 0f);
            for (int p = 0; p < k; p++) {
                float aip = transA ? a[p * n + i] : a[i * k + p];
                float[] row = rows[p];
                for (int j = 0; j < m; j++) acc[j] = Math.fma(aip, row[j], acc[j]);
            }
            System.arraycopy(acc, 0, c, i * m, m);
        }
    }

    /** C[i,j] as one dot product of row i of op(A) with column j of op(B), for few columns m. */
    private static void narrow(boolean transA, boolean transB, int n, int k, int m, float[] a, float[] b, float[] c,
                               boolean accumulate, float[][] cols) {
        for (int j = 0; j < m; j++) {
            float[] col = cols[j];
            if (transB) {
                System.arraycopy(b, j * k, col, 0, k);
            } else {
                for (int p = 0; p < k; p++) col[p] = b[p * m + j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                float[] col = cols[j];
                float s = accumulate ? c[i * m + j] : 0f;
                if (transA) {
                    for (int p = 0; p < k; p++) s = Math.fma(a[p * n + i], col[p], s);
                } else {
                    int ai = i * k;
                    for (int p = 0; p < k; p++) s = Math.fma(a[ai + p], col[p], s);
                }
                c[i * m + j] = s;
            }
        }
    }
}
