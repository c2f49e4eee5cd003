package dev.nnet.engine;

/**
 * How many threads the engine's large matrix products may use: 1, or 2 (the calling thread and
 * one persistent worker). The default is 2 on a machine with at least two processors, else 1;
 * the system property {@code nnet.threads} overrides it. Results never depend on this setting:
 * each element of a product is summed by one thread, in one fixed order.
 */
public final class EngineThreads {
    private static volatile int count = initial();

    private EngineThreads() {
    }

    private static int initial() {
        String property = System.getProperty("nnet.threads");
        int wanted = property != null ? Integer.parseInt(property.trim())
                : Math.min(2, Runtime.getRuntime().availableProcessors());
        return Math.max(1, Math.min(2, wanted));
    }

    public static int count() {
        return count;
    }

    /** How many products so far were shared with the second thread (for tests and benchmarks). */
    public static long productsShared() {
        return GemmWorker.productsShared;
    }

    /**
     * Waits until the Vector API kernels are compiled and in use: before that, products run on the
     * plain kernel and on one thread (for tests that must see the second thread at work).
     */
    public static void awaitFastKernels() {
        VectorWarmup.await();
    }

    /** Sets the count, 1 or 2, for the products that start after this call. */
    public static void setCount(int threads) {
        if (threads < 1 || threads > 2) throw new IllegalArgumentException("the engine uses 1 or 2 threads, not " + threads);
        count = threads;
    }
}
