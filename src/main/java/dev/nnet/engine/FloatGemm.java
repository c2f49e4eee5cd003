package dev.nnet.engine;

/**
 * The float matrix product C = (accumulate ? C : 0) + op(A) . op(B) behind {@link FloatKernels}:
 * the Vector API kernel when the module jdk.incubator.vector is present at run time (it needs
 * {@code --add-modules jdk.incubator.vector}), otherwise the plain-Java one. Both sum each C[i,j]
 * as fma(op(A)[i,p], op(B)[p,j], s) over p = 0, 1, ..., k-1 from the same start, so they give
 * the same bits: which one runs (or how many threads it uses) never changes a result.
 */
abstract class FloatGemm {
    static final FloatGemm PLAIN = new PlainFloatGemm();
    /** The Vector API kernel, or null when the incubator module is absent (or disabled with -Dnnet.vector=false). */
    static final FloatGemm VECTOR = loadVector();
    /** The kernel products use once the Vector API kernels are compiled. */
    static final FloatGemm SELECTED = VECTOR != null ? VECTOR : PLAIN;

    /** The kernel to use now: the plain one until {@link VectorWarmup} has compiled the Vector API kernel (same bits). */
    static FloatGemm current() {
        return VectorWarmup.isDone() ? SELECTED : PLAIN;
    }

    private static FloatGemm loadVector() {
        if (!Boolean.parseBoolean(System.getProperty("nnet.vector", "true"))) return null;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return null;
        try { // by name: this class must load (and the plain path run) where the module is missing
            return (FloatGemm) Class.forName("dev.nnet.engine.VectorFloatGemm").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** A one-line account of the kernel in use, for benchmarks and diagnostics. */
    static String describe() {
        return SELECTED.name();
    }

    abstract String name();

    abstract void gemm(boolean transA, boolean transB, int n, int k, int m, float[] a, float[] b, float[] c,
                       boolean accumulate, GemmScratch scratch);

    /** Runs groups of panels [from, to) of a task; only the blocked kernel splits products into panels. */
    void panels(GemmTask task, int from, int to, int worker) {
        throw new UnsupportedOperationException(name() + " does not work in panels");
    }
}
