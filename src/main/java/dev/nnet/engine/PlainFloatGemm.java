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
            narrow(transA, transB, n, k, m, a, b, c, accumulate, scratch);
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

    /**
     * A product with few columns m, computed transposed: row j of C^T gets fma(op(A)[i, p],
     * op(B)[p, j], .) for p in order, along i, so that the inner loop is n long and vectorises;
     * as dot products along p it would be a chain of dependent multiply-adds, bound by their
     * latency.
     */
    private static void narrow(boolean transA, boolean transB, int n, int k, int m, float[] a, float[] b, float[] c,
                               boolean accumulate, GemmScratch scratch) {
        float[][] at = scratch.transposedLeft(k, n); // at[p][i] = op(A)[i, p]
        float[][] ct = scratch.transposedOut(m, n);  // ct[j][i] = C[i, j]
        for (int p = 0; p < k; p++) {
            float[] row = at[p];
            if (transA) {
                System.arraycopy(a, p * n, row, 0, n);
            } else {
                for (int i = 0; i < n; i++) row[i] = a[i * k + p];
            }
        }
        for (int j = 0; j < m; j++) {
            float[] out = ct[j];
            if (accumulate) {
                for (int i = 0; i < n; i++) out[i] = c[i * m + j];
            } else {
                Arrays.fill(out, 0, n, 0f);
            }
            for (int p = 0; p < k; p++) {
                float bpj = transB ? b[j * k + p] : b[p * m + j];
                float[] ap = at[p];
                for (int i = 0; i < n; i++) out[i] = Math.fma(ap[i], bpj, out[i]);
            }
            for (int i = 0; i < n; i++) c[i * m + j] = out[i];
        }
    }
}
