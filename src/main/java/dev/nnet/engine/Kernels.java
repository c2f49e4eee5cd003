package dev.nnet.engine;

/**
 * The loops behind every operation, one implementation per precision ({@link FloatKernels},
 * {@link DoubleKernels}). Nodes say what to compute in terms of these calls; the kernels say how,
 * over the backing arrays, without allocating. A faster implementation (a Vector API GEMM, say)
 * replaces one of them without touching any node.
 *
 * <p>Conventions: tensors are passed whole and read through their backing arrays; every
 * {@code ...Backward} method and every {@code accumulate...} method ADDS into its gradient
 * outputs, because a node used twice receives a gradient from each use. A gradient output passed
 * as {@code null} is skipped. Index maps ({@code int[]}) take a flat index of the output to the
 * flat index of a broadcast input (see {@link Shapes#indexMap}); {@code null} means the identity,
 * and the maps of one call are either all {@code null} or all present.
 *
 * <p>Sums are accumulated in double, left to right, in both precisions: the result then depends
 * on nothing but the inputs.
 */
interface Kernels {

    static Kernels of(Precision precision) {
        return precision == Precision.FLOAT32 ? FloatKernels.INSTANCE : DoubleKernels.INSTANCE;
    }

    /** The four broadcasting arithmetic operations of {@link #combine}. */
    enum Arith { ADD, SUB, MUL, DIV }

    // ---- matrix products

    /**
     * C[n,m] = (accumulate ? C : 0) + op(A) . op(B), where op(A) is [n,k] and op(B) is [k,m].
     * With transA, A is stored as [k,n] (so op(A) = A^T); with transB, B is stored as [m,k].
     * Each C[i,j] is summed over p = 0..k-1 in order, whatever the implementation's blocking.
     * {@code scratch} comes from {@link GemmScratch#of} for this precision, k and m.
     */
    void gemm(boolean transA, boolean transB, int n, int k, int m, Tensor a, Tensor b, Tensor c, boolean accumulate,
              GemmScratch scratch);

    // ---- elementwise

    /** y = f(x), for f with parameter a (ignored by functions that have none). */
    void map(Pointwise f, double a, Tensor x, Tensor y);

    /** gx += gy * f'(x), with y = f(x) at hand. */
    void mapBackward(Pointwise f, double a, Tensor x, Tensor y, Tensor gy, Tensor gx);

    /** out[i] = a[ia[i]] op b[ib[i]]. */
    void combine(Arith op, Tensor a, int[] ia, Tensor b, int[] ib, Tensor out);

    /** dst[dstMap[i]] += sign * g[i]: a gradient summed over the axes its input was broadcast along. */
    void accumulate(Tensor g, double sign, Tensor dst, int[] dstMap);

    /** dst[dstMap[i]] += g[i] * f[fMap[i]]. */
    void accumulateProduct(Tensor g, Tensor f, int[] fMap, Tensor dst, int[] dstMap);

    /** dst[dstMap[i]] += sign * g[i] * f[i] / q[qMap[i]], f indexed like g (null: f = 1). */
    void accumulateQuotient(Tensor g, Tensor f, Tensor q, int[] qMap, double sign, Tensor dst, int[] dstMap);

    /** out[r, j] = a[r, j] + row[j]: a bias added to every row (the common case of {@link #combine}). */
    void addRow(Tensor a, Tensor row, Tensor out);

    /** dst[j] += sum over rows r of g[r, j], rows in order (the same sums as {@link #accumulate} with a row's index map). */
    void accumulateRows(Tensor g, Tensor dst);

    /** y = s * x. */
    void scale(Tensor x, double s, Tensor y);

    /** y += s * x. */
    void addScaled(Tensor x, double s, Tensor y);

    /** y += v, for every element. */
    void addScalar(Tensor y, double v);

    /** The sum of all elements. */
    double sum(Tensor x);

    // ---- rows of the last axis

    /** Softmax (or, with log, log-softmax) of each row of {@code cols} numbers, shifted by the row's max. */
    void softmaxRows(Tensor x, Tensor y, int cols, boolean log);

    /**
     * gx += y * (gy - sum(gy * y)) per row for softmax; gx += gy - exp(y) * sum(gy) for log-softmax.
     */
    void softmaxRowsBackward(Tensor y, Tensor gy, Tensor gx, int cols, boolean log);

    // ---- fused losses: each returns the plain sum; the node divides by the count

    /**
     * Sum over rows of -sum_j t_j (x_j - lse), lse = log sum_j e^{x_j}, stored per row in {@code lse};
     * softmax(x) is stored in {@code probabilities}, so that backward needs no exponentials.
     */
    double softmaxCrossEntropy(Tensor logits, Tensor target, double[] lse, Tensor probabilities, int cols);

    /** gx += scale * (softmax(x) * sum(t) - t); gt += scale * -(x - lse). */
    void softmaxCrossEntropyBackward(Tensor logits, Tensor target, double[] lse, Tensor probabilities, int cols, double scale,
                                     Tensor gLogits, Tensor gTarget);

    /** Sum of max(x,0) - x t + log(1 + e^{-|x|}), the stable form of -t log s(x) - (1-t) log(1-s(x)). */
    double sigmoidCrossEntropy(Tensor x, Tensor t);

    /** gx += scale * (sigmoid(x) - t); gt += scale * -x. */
    void sigmoidCrossEntropyBackward(Tensor x, Tensor t, double scale, Tensor gx, Tensor gt);

    /** Sum of (p - t)^2. */
    double squaredError(Tensor p, Tensor t);

    /** gp += scale * 2 (p - t); gt -= scale * 2 (p - t). */
    void squaredErrorBackward(Tensor p, Tensor t, double scale, Tensor gp, Tensor gt);

    // ---- optimizer updates: the parameter changes in place and its gradient is cleared

    /**
     * One step of torch.optim.SGD (dampening 0) on every element: d = g + wd p; with momentum,
     * buf = first ? d : mu buf + d and d = nesterov ? d + mu buf : buf; p -= lr d; g = 0.
     * {@code buf} is null when momentum is 0.
     */
    void sgd(Tensor p, Tensor g, Tensor buf, boolean first, double lr, double momentum, boolean nesterov,
             double weightDecay);

    /**
     * One step of Adam on every element: d = g + wd p; m = b1 m + (1-b1) d; v = b2 v + (1-b2) d^2;
     * p -= stepSize m / (sqrt(v) / sqrtBias2 + eps); g = 0. The caller folds the bias corrections
     * into stepSize = lr / (1 - b1^t) and sqrtBias2 = sqrt(1 - b2^t).
     */
    void adam(Tensor p, Tensor g, Tensor m, Tensor v, double beta1, double beta2, double eps, double weightDecay,
              double stepSize, double sqrtBias2);
}
