package dev.nnet.engine;

import java.util.Arrays;

/**
 * The plain-Java kernels over {@code double[]}, used for gradient checks.
 *
 * <p>This file is {@link FloatKernels} with float replaced by double (and the casts to float
 * dropped); keep the two in step.
 */
final class DoubleKernels implements Kernels {
    static final DoubleKernels INSTANCE = new DoubleKernels();

    private DoubleKernels() {
    }

    // ---- matrix products

    @Override
    public void gemm(boolean transA, boolean transB, int n, int k, int m, Tensor at, Tensor bt, Tensor ct,
                     boolean accumulate, GemmScratch scratch) {
        if (!scratch.fits(k, m)) throw new IllegalArgumentException("gemm scratch is not for k = " + k + ", m = " + m);
        double[] a = at.doubles(), b = bt.doubles(), c = ct.doubles();
        if (scratch.narrow()) {
            gemmNarrow(transA, transB, n, k, m, a, b, c, accumulate, scratch.doubleRows);
            return;
        }
        double[][] rows = scratch.doubleRows; // rows[p] = row p of op(B)
        double[] acc = scratch.doubleRow;     // row i of C while it is being summed
        for (int p = 0; p < k; p++) {
            if (transB) {
                double[] row = rows[p];
                for (int j = 0; j < m; j++) row[j] = b[j * k + p];
            } else {
                System.arraycopy(b, p * m, rows[p], 0, m);
            }
        }
        // i-k-j order: the inner loop runs along a row of op(B) and the row of C, both contiguous.
        for (int i = 0; i < n; i++) {
            if (accumulate) System.arraycopy(c, i * m, acc, 0, m);
            else Arrays.fill(acc, 0.0);
            for (int p = 0; p < k; p++) {
                double aip = transA ? a[p * n + i] : a[i * k + p];
                double[] row = rows[p];
                for (int j = 0; j < m; j++) acc[j] += aip * row[j];
            }
            System.arraycopy(acc, 0, c, i * m, m);
        }
    }

    /** C[i,j] as one dot product of row i of op(A) with column j of op(B), for few columns m. */
    private static void gemmNarrow(boolean transA, boolean transB, int n, int k, int m, double[] a, double[] b,
                                   double[] c, boolean accumulate, double[][] cols) {
        for (int j = 0; j < m; j++) {
            double[] col = cols[j];
            if (transB) {
                System.arraycopy(b, j * k, col, 0, k);
            } else {
                for (int p = 0; p < k; p++) col[p] = b[p * m + j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double[] col = cols[j];
                double s = accumulate ? c[i * m + j] : 0.0;
                if (transA) {
                    for (int p = 0; p < k; p++) s += a[p * n + i] * col[p];
                } else {
                    int ai = i * k;
                    for (int p = 0; p < k; p++) s += a[ai + p] * col[p];
                }
                c[i * m + j] = s;
            }
        }
    }

    // ---- elementwise

    @Override
    public void map(Pointwise f, double a, Tensor xt, Tensor yt) {
        double[] x = xt.doubles(), y = yt.doubles();
        int n = y.length;
        switch (f) {
            case NEG -> { for (int i = 0; i < n; i++) y[i] = -x[i]; }
            case SIGMOID -> { for (int i = 0; i < n; i++) y[i] = Pointwise.sigmoid(x[i]); }
            case TANH -> { for (int i = 0; i < n; i++) y[i] = Pointwise.tanh(x[i]); }
            case RELU -> { for (int i = 0; i < n; i++) y[i] = x[i] > 0 ? x[i] : 0.0; }
            case EXP -> { for (int i = 0; i < n; i++) y[i] = Pointwise.exp(x[i]); }
            case LOG -> { for (int i = 0; i < n; i++) y[i] = Pointwise.log(x[i]); }
            default -> { for (int i = 0; i < n; i++) y[i] = f.value(x[i], a); }
        }
    }

    @Override
    public void mapBackward(Pointwise f, double a, Tensor xt, Tensor yt, Tensor gyt, Tensor gxt) {
        double[] x = xt.doubles(), y = yt.doubles(), gy = gyt.doubles(), gx = gxt.doubles();
        int n = gx.length;
        switch (f) {
            case NEG -> { for (int i = 0; i < n; i++) gx[i] -= gy[i]; }
            case SIGMOID -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * Pointwise.sigmoidSlope(y[i]); }
            case TANH -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * Pointwise.tanhSlope(y[i]); }
            case RELU -> { for (int i = 0; i < n; i++) gx[i] += x[i] > 0 ? gy[i] : 0.0; }
            case EXP -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * Pointwise.expSlope(y[i]); }
            case LOG -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * Pointwise.logSlope(x[i]); }
            default -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * f.slope(x[i], y[i], a); }
        }
    }

    @Override
    public void combine(Arith op, Tensor at, int[] ia, Tensor bt, int[] ib, Tensor outt) {
        double[] a = at.doubles(), b = bt.doubles(), out = outt.doubles();
        int n = out.length;
        if (ia == null) {
            switch (op) {
                case ADD -> { for (int i = 0; i < n; i++) out[i] = a[i] + b[i]; }
                case SUB -> { for (int i = 0; i < n; i++) out[i] = a[i] - b[i]; }
                case MUL -> { for (int i = 0; i < n; i++) out[i] = a[i] * b[i]; }
                case DIV -> { for (int i = 0; i < n; i++) out[i] = a[i] / b[i]; }
            }
        } else {
            switch (op) {
                case ADD -> { for (int i = 0; i < n; i++) out[i] = a[ia[i]] + b[ib[i]]; }
                case SUB -> { for (int i = 0; i < n; i++) out[i] = a[ia[i]] - b[ib[i]]; }
                case MUL -> { for (int i = 0; i < n; i++) out[i] = a[ia[i]] * b[ib[i]]; }
                case DIV -> { for (int i = 0; i < n; i++) out[i] = a[ia[i]] / b[ib[i]]; }
            }
        }
    }

    @Override
    public void accumulate(Tensor gt, double sign, Tensor dstt, int[] dstMap) {
        double[] g = gt.doubles(), dst = dstt.doubles();
        double s = sign;
        int n = g.length;
        if (dstMap == null) {
            for (int i = 0; i < n; i++) dst[i] += s * g[i];
        } else {
            for (int i = 0; i < n; i++) dst[dstMap[i]] += s * g[i];
        }
    }

    @Override
    public void accumulateProduct(Tensor gt, Tensor ft, int[] fMap, Tensor dstt, int[] dstMap) {
        double[] g = gt.doubles(), f = ft.doubles(), dst = dstt.doubles();
        int n = g.length;
        if (dstMap == null) {
            for (int i = 0; i < n; i++) dst[i] += g[i] * f[i];
        } else {
            for (int i = 0; i < n; i++) dst[dstMap[i]] += g[i] * f[fMap[i]];
        }
    }

    @Override
    public void accumulateQuotient(Tensor gt, Tensor ft, Tensor qt, int[] qMap, double sign, Tensor dstt,
                                   int[] dstMap) {
        double[] g = gt.doubles(), f = ft == null ? null : ft.doubles(), q = qt.doubles(), dst = dstt.doubles();
        double s = sign;
        int n = g.length;
        for (int i = 0; i < n; i++) {
            double num = f == null ? s * g[i] : s * g[i] * f[i];
            int qi = qMap == null ? i : qMap[i];
            int di = dstMap == null ? i : dstMap[i];
            dst[di] += num / q[qi];
        }
    }

    @Override
    public void addRow(Tensor at, Tensor rowt, Tensor outt) {
        double[] a = at.doubles(), row = rowt.doubles(), out = outt.doubles();
        int m = row.length;
        for (int off = 0; off < out.length; off += m) {
            for (int j = 0; j < m; j++) out[off + j] = a[off + j] + row[j];
        }
    }

    @Override
    public void accumulateRows(Tensor gt, Tensor dstt) {
        double[] g = gt.doubles(), dst = dstt.doubles();
        int m = dst.length;
        for (int off = 0; off < g.length; off += m) {
            for (int j = 0; j < m; j++) dst[j] += g[off + j];
        }
    }

    @Override
    public void scale(Tensor xt, double s, Tensor yt) {
        double[] x = xt.doubles(), y = yt.doubles();
        double c = s;
        for (int i = 0; i < y.length; i++) y[i] = c * x[i];
    }

    @Override
    public void addScaled(Tensor xt, double s, Tensor yt) {
        double[] x = xt.doubles(), y = yt.doubles();
        double c = s;
        for (int i = 0; i < y.length; i++) y[i] += c * x[i];
    }

    @Override
    public void addScalar(Tensor yt, double v) {
        double[] y = yt.doubles();
        double c = v;
        for (int i = 0; i < y.length; i++) y[i] += c;
    }

    @Override
    public double sum(Tensor xt) {
        double[] x = xt.doubles();
        double s = 0;
        for (double v : x) s += v;
        return s;
    }

    // ---- rows of the last axis

    @Override
    public void softmaxRows(Tensor xt, Tensor yt, int cols, boolean log) {
        double[] x = xt.doubles(), y = yt.doubles();
        for (int off = 0; off < y.length; off += cols) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = off; j < off + cols; j++) max = Math.max(max, x[j]);
            double total = 0;
            for (int j = off; j < off + cols; j++) {
                double e = StrictMath.exp(x[j] - max);
                total += e;
                if (!log) y[j] = e;
            }
            if (log) {
                double lse = max + Fdlibm.log(total);
                for (int j = off; j < off + cols; j++) y[j] = (x[j] - lse);
            } else {
                for (int j = off; j < off + cols; j++) y[j] = (y[j] / total);
            }
        }
    }

    @Override
    public void softmaxRowsBackward(Tensor yt, Tensor gyt, Tensor gxt, int cols, boolean log) {
        double[] y = yt.doubles(), gy = gyt.doubles(), gx = gxt.doubles();
        for (int off = 0; off < y.length; off += cols) {
            double dot = 0;
            for (int j = off; j < off + cols; j++) dot += log ? gy[j] : gy[j] * y[j];
            for (int j = off; j < off + cols; j++) {
                gx[j] += log ? (gy[j] - StrictMath.exp(y[j]) * dot) : (y[j] * (gy[j] - dot));
            }
        }
    }

    // ---- fused losses

    @Override
    public double softmaxCrossEntropy(Tensor xt, Tensor tt, double[] lse, Tensor pt, int cols) {
        double[] x = xt.doubles(), t = tt.doubles(), p = pt.doubles();
        double loss = 0;
        for (int r = 0, off = 0; off < x.length; r++, off += cols) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = off; j < off + cols; j++) max = Math.max(max, x[j]);
            double total = 0;
            for (int j = off; j < off + cols; j++) {
                double e = StrictMath.exp(x[j] - max);
                p[j] = e;
                total += e;
            }
            double inverse = 1 / total;
            for (int j = off; j < off + cols; j++) p[j] = (p[j] * inverse);
            lse[r] = max + Fdlibm.log(total);
            for (int j = off; j < off + cols; j++) {
                // A zero target contributes nothing, even where x - lse would be -infinity.
                if (t[j] != 0) loss -= t[j] * (x[j] - lse[r]);
            }
        }
        return loss;
    }

    @Override
    public void softmaxCrossEntropyBackward(Tensor xt, Tensor tt, double[] lse, Tensor pt, int cols, double scale,
                                            Tensor gxt, Tensor gtt) {
        double[] x = xt.doubles(), t = tt.doubles(), p = pt.doubles();
        double[] gx = gxt == null ? null : gxt.doubles(), gt = gtt == null ? null : gtt.doubles();
        for (int r = 0, off = 0; off < x.length; r++, off += cols) {
            double targetSum = 0;
            for (int j = off; j < off + cols; j++) targetSum += t[j];
            for (int j = off; j < off + cols; j++) {
                if (gx != null) gx[j] += (scale * (p[j] * targetSum - t[j]));
                if (gt != null) gt[j] += (-scale * (x[j] - lse[r]));
            }
        }
    }

    @Override
    public double sigmoidCrossEntropy(Tensor xt, Tensor tt) {
        double[] x = xt.doubles(), t = tt.doubles();
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            loss += Math.max(xi, 0) - xi * t[i] + Fdlibm.log1p(StrictMath.exp(-Math.abs(xi)));
        }
        return loss;
    }

    @Override
    public void sigmoidCrossEntropyBackward(Tensor xt, Tensor tt, double scale, Tensor gxt, Tensor gtt) {
        double[] x = xt.doubles(), t = tt.doubles();
        double[] gx = gxt == null ? null : gxt.doubles(), gt = gtt == null ? null : gtt.doubles();
        for (int i = 0; i < x.length; i++) {
            if (gx != null) gx[i] += (scale * (Pointwise.sigmoid(x[i]) - t[i]));
            if (gt != null) gt[i] += (-scale * x[i]);
        }
    }

    @Override
    public double squaredError(Tensor pt, Tensor tt) {
        double[] p = pt.doubles(), t = tt.doubles();
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - t[i];
            total += d * d;
        }
        return total;
    }

    @Override
    public void squaredErrorBackward(Tensor pt, Tensor tt, double scale, Tensor gpt, Tensor gtt) {
        double[] p = pt.doubles(), t = tt.doubles();
        double[] gp = gpt == null ? null : gpt.doubles(), gt = gtt == null ? null : gtt.doubles();
        for (int i = 0; i < p.length; i++) {
            double d = 2 * scale * (p[i] - t[i]);
            if (gp != null) gp[i] += d;
            if (gt != null) gt[i] -= d;
        }
    }

    // ---- optimizer updates

    @Override
    public void sgd(Tensor pt, Tensor gt, Tensor buft, boolean first, double lr, double momentum, boolean nesterov,
                    double weightDecay) {
        double[] p = pt.doubles(), g = gt.doubles(), buf = buft == null ? null : buft.doubles();
        double rate = lr, mu = momentum, wd = weightDecay;
        for (int i = 0; i < p.length; i++) {
            double d = g[i];
            if (wd != 0) d += wd * p[i];
            if (buf != null) {
                double b = first ? d : mu * buf[i] + d;
                buf[i] = b;
                d = nesterov ? d + mu * b : b;
            }
            p[i] -= rate * d;
            g[i] = 0.0;
        }
    }

    @Override
    public void adam(Tensor pt, Tensor gt, Tensor mt, Tensor vt, double beta1, double beta2, double eps,
                     double weightDecay, double stepSize, double sqrtBias2) {
        double[] p = pt.doubles(), g = gt.doubles(), m = mt.doubles(), v = vt.doubles();
        double b1 = beta1, b2 = beta2, c1 = (1 - beta1), c2 = (1 - beta2);
        double e = eps, wd = weightDecay, step = stepSize, root2 = sqrtBias2;
        for (int i = 0; i < p.length; i++) {
            double d = g[i];
            if (wd != 0) d += wd * p[i];
            double mi = b1 * m[i] + c1 * d;
            double vi = b2 * v[i] + c2 * (d * d);
            m[i] = mi;
            v[i] = vi;
            p[i] += -step * (mi / (Math.sqrt(vi) / root2 + e)); // torch: addcdiv(m, denom, -step)
            g[i] = 0.0;
        }
    }
}
