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
}
