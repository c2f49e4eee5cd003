package dev.nnet.engine;

/**
 * The kernels over {@code float[]}. The matrix product is {@link FloatGemm}'s (the Vector API
 * kernel, or the plain one); the other loops are written so that the JIT can vectorise the hot
 * ones (contiguous, unit stride, no calls), as the identity cases of the elementwise operations.
 *
 * <p>{@link DoubleKernels} is this file with float replaced by double (and a plain product of its
 * own, for gradient checks); keep the two in step.
 */
final class FloatKernels implements Kernels {
    static final FloatKernels INSTANCE = new FloatKernels();

    private FloatKernels() {
    }

    // ---- matrix products: see FloatGemm

    @Override
    public void gemm(boolean transA, boolean transB, int n, int k, int m, Tensor at, Tensor bt, Tensor ct,
                     boolean accumulate, GemmScratch scratch) {
        if (!scratch.fits(k, m)) throw new IllegalArgumentException("gemm scratch is not for k = " + k + ", m = " + m);
        VectorWarmup.recordWork((long) n * k * m);
        FloatGemm.current().gemm(transA, transB, n, k, m, at.floats(), bt.floats(), ct.floats(), accumulate, scratch);
    }

    // ---- elementwise

    @Override
    public void map(Pointwise f, double a, Tensor xt, Tensor yt) {
        float[] x = xt.floats(), y = yt.floats();
        int n = y.length;
        switch (f) {
            case NEG -> { for (int i = 0; i < n; i++) y[i] = -x[i]; }
            case SIGMOID -> FloatArrayMath.current().sigmoid(x, y, n);
            case TANH -> FloatArrayMath.current().tanh(x, y, n);
            case RELU -> FloatArrayMath.current().relu(x, y, n);
            case EXP -> { for (int i = 0; i < n; i++) y[i] = (float) Pointwise.exp(x[i]); }
            case LOG -> { for (int i = 0; i < n; i++) y[i] = (float) Pointwise.log(x[i]); }
            default -> { for (int i = 0; i < n; i++) y[i] = (float) f.value(x[i], a); }
        }
    }

    @Override
    public void mapBackward(Pointwise f, double a, Tensor xt, Tensor yt, Tensor gyt, Tensor gxt) {
        float[] x = xt.floats(), y = yt.floats(), gy = gyt.floats(), gx = gxt.floats();
        int n = gx.length;
        switch (f) {
            case NEG -> { for (int i = 0; i < n; i++) gx[i] -= gy[i]; }
            case SIGMOID -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * (float) Pointwise.sigmoidSlope(y[i]); }
            case TANH -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * (float) Pointwise.tanhSlope(y[i]); }
            case RELU -> FloatArrayMath.current().reluBackward(x, gy, gx, n);
            case EXP -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * (float) Pointwise.expSlope(y[i]); }
            case LOG -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * (float) Pointwise.logSlope(x[i]); }
            default -> { for (int i = 0; i < n; i++) gx[i] += gy[i] * (float) f.slope(x[i], y[i], a); }
        }
    }

    @Override
    public void combine(Arith op, Tensor at, int[] ia, Tensor bt, int[] ib, Tensor outt) {
        float[] a = at.floats(), b = bt.floats(), out = outt.floats();
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
        float[] g = gt.floats(), dst = dstt.floats();
        float s = (float) sign;
        int n = g.length;
        if (dstMap == null) {
            for (int i = 0; i < n; i++) dst[i] += s * g[i];
        } else {
            for (int i = 0; i < n; i++) dst[dstMap[i]] += s * g[i];
        }
    }

    @Override
    public void accumulateProduct(Tensor gt, Tensor ft, int[] fMap, Tensor dstt, int[] dstMap) {
        float[] g = gt.floats(), f = ft.floats(), dst = dstt.floats();
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
        float[] g = gt.floats(), f = ft == null ? null : ft.floats(), q = qt.floats(), dst = dstt.floats();
        float s = (float) sign;
        int n = g.length;
        for (int i = 0; i < n; i++) {
            float num = f == null ? s * g[i] : s * g[i] * f[i];
            int qi = qMap == null ? i : qMap[i];
            int di = dstMap == null ? i : dstMap[i];
            dst[di] += num / q[qi];
        }
    }

    @Override
    public void addRow(Tensor at, Tensor rowt, Tensor outt) {
        FloatArrayMath.current().addRow(at.floats(), rowt.floats(), outt.floats());
    }

    @Override
    public void accumulateRows(Tensor gt, Tensor dstt) {
        FloatArrayMath.current().accumulateRows(gt.floats(), dstt.floats());
    }

    @Override
    public void scale(Tensor xt, double s, Tensor yt) {
        float[] x = xt.floats(), y = yt.floats();
        float c = (float) s;
        for (int i = 0; i < y.length; i++) y[i] = c * x[i];
    }

    @Override
    public void addScaled(Tensor xt, double s, Tensor yt) {
        float[] x = xt.floats(), y = yt.floats();
        float c = (float) s;
        for (int i = 0; i < y.length; i++) y[i] += c * x[i];
    }

    @Override
    public void addScalar(Tensor yt, double v) {
        float[] y = yt.floats();
        float c = (float) v;
        for (int i = 0; i < y.length; i++) y[i] += c;
    }

    @Override
    public double sum(Tensor xt) {
        float[] x = xt.floats();
        double s = 0;
        for (float v : x) s += v;
        return s;
    }

    // ---- rows of the last axis

    @Override
    public void softmaxRows(Tensor xt, Tensor yt, int cols, boolean log) {
        float[] x = xt.floats(), y = yt.floats();
        for (int off = 0; off < y.length; off += cols) {
            float max = Float.NEGATIVE_INFINITY;
            for (int j = off; j < off + cols; j++) max = Math.max(max, x[j]);
            double total = 0;
            for (int j = off; j < off + cols; j++) {
                double e = FloatMath.exp(x[j] - max);
                total += e;
                if (!log) y[j] = (float) e;
            }
            if (log) {
                double lse = max + Fdlibm.log(total);
                for (int j = off; j < off + cols; j++) y[j] = (float) (x[j] - lse);
            } else {
                for (int j = off; j < off + cols; j++) y[j] = (float) (y[j] / total);
            }
        }
    }

    @Override
    public void softmaxRowsBackward(Tensor yt, Tensor gyt, Tensor gxt, int cols, boolean log) {
        float[] y = yt.floats(), gy = gyt.floats(), gx = gxt.floats();
        for (int off = 0; off < y.length; off += cols) {
            double dot = 0;
            for (int j = off; j < off + cols; j++) dot += log ? gy[j] : (double) gy[j] * y[j];
            for (int j = off; j < off + cols; j++) {
                gx[j] += log ? (float) (gy[j] - FloatMath.exp(y[j]) * dot) : (float) (y[j] * (gy[j] - dot));
            }
        }
    }

    // ---- fused losses

    @Override
    public double softmaxCrossEntropy(Tensor xt, Tensor tt, double[] lse, Tensor pt, int cols) {
        float[] x = xt.floats(), t = tt.floats(), p = pt.floats();
        for (int r = 0, off = 0; off < x.length; r++, off += cols) { // shift each row by its max ...
            float max = Float.NEGATIVE_INFINITY;
            for (int j = off; j < off + cols; j++) max = Math.max(max, x[j]);
            for (int j = off; j < off + cols; j++) p[j] = x[j] - max;
            lse[r] = max;
        }
        FloatArrayMath.current().exp(p, p, p.length); // ... then all the exponentials in one vectorised pass
        double loss = 0;
        for (int r = 0, off = 0; off < x.length; r++, off += cols) {
            double total = 0;
            for (int j = off; j < off + cols; j++) total += p[j];
            double inverse = 1 / total;
            for (int j = off; j < off + cols; j++) p[j] = (float) (p[j] * inverse);
            lse[r] += Fdlibm.log(total);
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
        float[] x = xt.floats(), t = tt.floats(), p = pt.floats();
        float[] gx = gxt == null ? null : gxt.floats(), gt = gtt == null ? null : gtt.floats();
        for (int r = 0, off = 0; off < x.length; r++, off += cols) {
            double targetSum = 0;
            for (int j = off; j < off + cols; j++) targetSum += t[j];
            for (int j = off; j < off + cols; j++) {
                if (gx != null) gx[j] += (float) (scale * (p[j] * targetSum - t[j]));
                if (gt != null) gt[j] += (float) (-scale * (x[j] - lse[r]));
            }
        }
    }

    @Override
    public double sigmoidCrossEntropy(Tensor xt, Tensor tt) {
        float[] x = xt.floats(), t = tt.floats();
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            loss += Math.max(xi, 0) - xi * t[i] + Fdlibm.log1p(StrictMath.exp(-Math.abs(xi)));
        }
        return loss;
    }

    @Override
    public void sigmoidCrossEntropyBackward(Tensor xt, Tensor tt, double scale, Tensor gxt, Tensor gtt) {
        float[] x = xt.floats(), t = tt.floats();
        float[] gx = gxt == null ? null : gxt.floats(), gt = gtt == null ? null : gtt.floats();
        for (int i = 0; i < x.length; i++) {
            if (gx != null) gx[i] += (float) (scale * (Pointwise.sigmoid(x[i]) - t[i]));
            if (gt != null) gt[i] += (float) (-scale * x[i]);
        }
    }

    @Override
    public double squaredError(Tensor pt, Tensor tt) {
        float[] p = pt.floats(), t = tt.floats();
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            double d = (double) p[i] - t[i];
            total += d * d;
        }
        return total;
    }

    @Override
    public void squaredErrorBackward(Tensor pt, Tensor tt, double scale, Tensor gpt, Tensor gtt) {
        float[] p = pt.floats(), t = tt.floats();
        float[] gp = gpt == null ? null : gpt.floats(), gt = gtt == null ? null : gtt.floats();
        for (int i = 0; i < p.length; i++) {
            double d = 2 * scale * ((double) p[i] - t[i]);
            if (gp != null) gp[i] += (float) d;
            if (gt != null) gt[i] -= (float) d;
        }
    }

    // ---- optimizer updates

    @Override
    public void sgd(Tensor pt, Tensor gt, Tensor buft, boolean first, double lr, double momentum, boolean nesterov,
                    double weightDecay) {
        float[] p = pt.floats(), g = gt.floats(), buf = buft == null ? null : buft.floats();
        float rate = (float) lr, mu = (float) momentum, wd = (float) weightDecay;
        for (int i = 0; i < p.length; i++) {
            float d = g[i];
            if (wd != 0) d += wd * p[i];
            if (buf != null) {
                float b = first ? d : mu * buf[i] + d;
                buf[i] = b;
                d = nesterov ? d + mu * b : b;
            }
            p[i] -= rate * d;
            g[i] = 0f;
        }
    }

    @Override
    public void adam(Tensor pt, Tensor gt, Tensor mt, Tensor vt, double beta1, double beta2, double eps,
                     double weightDecay, double stepSize, double sqrtBias2) {
        float[] p = pt.floats(), g = gt.floats(), m = mt.floats(), v = vt.floats();
        float b1 = (float) beta1, b2 = (float) beta2, c1 = (float) (1 - beta1), c2 = (float) (1 - beta2);
        float e = (float) eps, wd = (float) weightDecay, step = (float) -stepSize, root2 = (float) sqrtBias2;
        if (wd != 0) { // folded into the gradient first, so that the update has no branch
            for (int i = 0; i < p.length; i++) g[i] += wd * p[i];
        }
        FloatArrayMath.current().adam(p, g, m, v, b1, b2, c1, c2, e, step, root2);
    }
}
