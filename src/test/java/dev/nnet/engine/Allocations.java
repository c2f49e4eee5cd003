package dev.nnet.engine;

import java.lang.management.ManagementFactory;

/** How many bytes the current thread allocates while running a step many times, after warming it up. */
final class Allocations {
    private Allocations() {
    }

    /** Runs {@code step} {@code warmup} times (state, JIT), then measures {@code runs} more runs. */
    static long bytesAllocated(Runnable step, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) step.run();
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(tid);
        for (int i = 0; i < runs; i++) step.run();
        return bean.getThreadAllocatedBytes(tid) - before;
    }

    /**
     * The fewest bytes any of up to {@code windows} consecutive windows of {@code runs} steps allocated.
     * When the JIT compiles the Vector API kernels depends on the machine's load, so one window may still
     * see interpreted code boxing vectors; a loop that allocates on every step allocates in every window.
     */
    static long fewestBytesInAWindow(Runnable step, int runs, int windows) {
        long fewest = Long.MAX_VALUE;
        for (int w = 0; w < windows && fewest > 0; w++) fewest = Math.min(fewest, bytesAllocated(step, 0, runs));
        return fewest;
    }
}
