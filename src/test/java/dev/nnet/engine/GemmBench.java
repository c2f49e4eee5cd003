package dev.nnet.engine;

import java.util.Locale;

/**
 * The GEMM benchmark (not a test): GFLOP/s of C = op(A) . op(B) in float32 for a square product
 * and for the products of a W3 training step (784-256-128-10, batch 128), with the Vector API
 * kernel and the plain one, on 1 and 2 engine threads, and two small products of W1 and W2 (where
 * packing and call overhead, not the multiply-adds, set the pace). Run through bench/run.sh.
 *
 * <p>Usage: GemmBench [seconds per shape] [shapes, e.g. 512x512x512,784x128x256tn,128x10x128nt
 * (t: that operand transposed)]; -Dgemmbench.vectorOnly=true leaves out the plain kernel.
 */
public final class GemmBench {
    private GemmBench() {
    }

    /** {n, k, m, transA, transB}: the square case, then W3's forward, dA = dY B^T and dB = A^T dY products. */
    static final int[][] SHAPES = {
        {512, 512, 512, 0, 0},
        {128, 784, 256, 0, 0},   // layer 1 forward
        {128, 256, 128, 0, 0},   // layer 2 forward
        {128, 128, 10, 0, 0},    // layer 3 forward: narrow N = 10
        {784, 128, 256, 1, 0},   // dW1 = X^T dH1
        {256, 128, 128, 1, 0},   // dW2
        {128, 128, 10, 1, 0},    // dW3: transposed and narrow
        {128, 128, 256, 0, 1},   // dH1 = dH2 W2^T
        {128, 10, 128, 0, 1},    // dH2 = dY W3^T
        {120, 4, 16, 0, 0},      // W1-sized: a tiny product where packing dominates
        {32, 64, 128, 0, 0},     // W2-sized
    };

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int[][] shapes = args.length > 1 ? parse(args[1]) : SHAPES;
        VectorWarmup.await(); // else the first shape's warm-up is the JIT's, and short runs measure interpreted vectors
        System.out.println("# GEMM, float32, C = op(A) op(B); " + FloatGemm.describe());
        System.out.println("| n x k x m | op | kernel | threads | GFLOP/s | GFLOP/s of the main thread's CPU time |");
        System.out.println("|---|---|---|---|---|---|");
        int before = EngineThreads.count();
        for (int[] s : shapes) {
            for (FloatGemm gemm : new FloatGemm[] {FloatGemm.VECTOR, FloatGemm.PLAIN}) {
                if (gemm == null || gemm == FloatGemm.PLAIN && Boolean.getBoolean("gemmbench.vectorOnly")) continue;
                for (int threads = 1; threads <= 2; threads++) {
                    if (gemm == FloatGemm.PLAIN && threads == 2) continue; // the plain kernel runs on one thread
                    EngineThreads.setCount(threads);
                    double[] gflops = measure(gemm, s, seconds);
                    System.out.println(String.format(Locale.ROOT, "| %d x %d x %d | %s | %s | %d | %.1f | %s |", s[0], s[1], s[2],
                            (s[3] == 1 ? "A^T" : "A") + "." + (s[4] == 1 ? "B^T" : "B"),
                            gemm == FloatGemm.PLAIN ? "plain" : "vector", threads, gflops[0],
                            threads == 1 ? String.format(Locale.ROOT, "%.1f", gflops[1]) : "(not comparable)"));
                }
            }
        }
        EngineThreads.setCount(before);
    }

    /** Shapes given as "n x k x m op" items separated by commas, e.g. "512x512x512,784x128x256tn" (t: transposed, n: not). */
    private static int[][] parse(String list) {
        String[] items = list.split(",");
        int[][] shapes = new int[items.length][];
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim();
            String ops = item.replaceAll("^[0-9x]+", "");
            String[] dims = item.substring(0, item.length() - ops.length()).split("x");
            shapes[i] = new int[] {Integer.parseInt(dims[0]), Integer.parseInt(dims[1]), Integer.parseInt(dims[2]),
                ops.length() > 0 && ops.charAt(0) == 't' ? 1 : 0, ops.length() > 1 && ops.charAt(1) == 't' ? 1 : 0};
        }
        return shapes;
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** {GFLOP/s by the wall clock, GFLOP/s by this thread's CPU time}, each the best of 5 rounds. */
    static double[] measure(FloatGemm gemm, int[] s, double seconds) {
        int n = s[0], k = s[1], m = s[2];
        boolean transA = s[3] == 1, transB = s[4] == 1;
        Rng rng = new Rng(1);
        float[] a = new float[n * k], b = new float[k * m], c = new float[n * m];
        for (int i = 0; i < a.length; i++) a[i] = (float) rng.nextDouble();
        for (int i = 0; i < b.length; i++) b[i] = (float) rng.nextDouble();
        GemmScratch scratch = GemmScratch.of(Precision.FLOAT32, k, m);
        double flops = 2.0 * n * k * m;
        long warmUntil = System.nanoTime() + (long) (seconds * 0.5e9);
        while (System.nanoTime() < warmUntil) gemm.gemm(transA, transB, n, k, m, a, b, c, false, scratch);
        double best = 0, bestCpu = 0;
        for (int round = 0; round < 5; round++) { // the best of 5 rounds: the machine is shared
            int reps = 0;
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime(), until = start + (long) (seconds * 0.2e9);
            long now;
            do {
                gemm.gemm(transA, transB, n, k, m, a, b, c, false, scratch);
                reps++;
                now = System.nanoTime();
            } while (now < until);
            best = Math.max(best, flops * reps / (now - start));
            bestCpu = Math.max(bestCpu, flops * reps / (THREADS.getCurrentThreadCpuTime() - cpu));
        }
        return new double[] {best, bestCpu};
    }
}
