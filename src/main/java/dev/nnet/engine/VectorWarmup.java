package dev.nnet.engine;

import java.util.concurrent.CountDownLatch;

/**
 * Until the JIT has compiled a Vector API loop, its vectors are heap objects: the loop runs some
 * hundred times slower than compiled and allocates at every step. A training run of a few hundred
 * steps would spend most of its time there. So a daemon thread runs each Vector API kernel on
 * small inputs until the JIT has had reason to compile it (a few thousand calls, about a second
 * of one core, more on a busy machine), while the caller goes on with the plain kernels
 * ({@link FloatGemm#current()}), which the JIT compiles in a few calls. It stops when a whole
 * round of calls allocates nothing: the sign that the compiled code, with its vectors in
 * registers, is what runs; from then on the Vector API kernels are used. Results do not depend on
 * it: plain or vector, compiled or not, the kernels compute the same bits.
 *
 * <p>The warm-up is not free: besides its core, it fills the JIT's queue with large vector
 * methods, so the training's own code waits longer for its compilation. On two cores a small
 * training (Iris: 200 steps of ~35,000 multiply-adds) took twice as long with it as without, and
 * it never pays there: the whole training is done before the vector kernels are ready. So it
 * starts only once the products have done {@link #WORTH_IT} multiply-adds (a fifth of a second
 * or so of the plain kernels, warm; the rule of renting skis until the rent nears their price): a
 * training that has already done that much is likely to do as much again, and one that stops
 * before never pays for it.
 */
final class VectorWarmup {
    private static final int MAX_ROUNDS = 20_000;
    /** Multiply-adds of products after which the warm-up starts: ~0.1-0.2 s of the plain kernels. */
    static final long WORTH_IT = 1_000_000_000L;
    private static final WorkTrigger TRIGGER = new WorkTrigger(WORTH_IT);
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static volatile boolean started;
    private static volatile boolean done;

    private VectorWarmup() {
    }

    /** Starts the warm-up (once); does nothing when the Vector API is absent. */
    static synchronized void start() {
        if (started) return;
        started = true;
        if (FloatGemm.VECTOR == null || FloatArrayMath.VECTOR == null) {
            done = true;
            DONE.countDown();
            return;
        }
        Thread t = new Thread(VectorWarmup::run, "nnet-vector-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** True once the Vector API kernels may be used: the warm-up has finished (or there is no Vector API). */
    static boolean isDone() {
        return done;
    }

    /**
     * Counts a product's multiply-adds and starts the warm-up once they reach {@link #WORTH_IT}.
     * Called by the products only: `nnet check` builds an interpreter (and a graph) it never runs,
     * and a small training never gets there.
     */
    static void recordWork(long multiplyAdds) {
        if (!started && TRIGGER.record(multiplyAdds)) start();
    }

    /** True once the warm-up has been started (a large training is under way). */
    static boolean hasStarted() {
        return started;
    }

    /** Waits until the warm-up has finished (for tests and benchmarks that measure warm code). */
    static void await() {
        start();
        try {
            DONE.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        try {
            int n = VectorFloatMath.VECTOR_FROM * 2;
            float[] x = new float[n], y = new float[n], g = new float[n];
            for (int i = 0; i < n; i++) x[i] = (i - n / 2) * 0.05f;
            FloatArrayMath math = FloatArrayMath.VECTOR;
            float[] row = new float[n / 8];
            // Shapes that reach the blocked kernel's in-place blocks, its edge tiles and its flipped (narrow) path.
            int[][] shapes = {{12, 32, 32}, {13, 20, 40}, {40, 24, 10}};
            GemmScratch[] scratches = new GemmScratch[shapes.length];
            for (int s = 0; s < shapes.length; s++) scratches[s] = GemmScratch.of(Precision.FLOAT32, shapes[s][1], shapes[s][2]);
            float[] a = new float[40 * 40], b = new float[40 * 40], c = new float[40 * 40];
            for (int i = 0; i < a.length; i++) {
                a[i] = (i % 7) * 0.1f;
                b[i] = (i % 5) * 0.1f;
            }
            com.sun.management.ThreadMXBean bean =
                    (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long self = Thread.currentThread().getId();
            for (int call = 0; call < MAX_ROUNDS; call++) {
                long before = bean.getThreadAllocatedBytes(self);
                math.tanh(x, y, n);
                math.sigmoid(x, y, n);
                math.exp(x, y, n);
                math.relu(x, y, n);
                math.reluBackward(x, y, g, n);
                math.addRow(x, row, y);
                math.accumulateRows(x, row);
                for (int s = 0; s < shapes.length; s++) {
                    boolean flag = (call & 1) == 0;
                    FloatGemm.VECTOR.gemm(flag, !flag, shapes[s][0], shapes[s][1], shapes[s][2], a, b, c, flag, scratches[s]);
                }
                if (call > 100 && bean.getThreadAllocatedBytes(self) == before) break;
            }
        } catch (RuntimeException | LinkageError e) {
            // Only an optimisation: without it (say, no jdk.management module) the JIT gets there later.
        } finally {
            done = true;
            DONE.countDown();
        }
    }
}
