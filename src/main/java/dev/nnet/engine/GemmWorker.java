package dev.nnet.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The engine's one extra thread: a daemon that shares a large product's panels with the calling
 * thread. Both take panels (in groups of a few, see VectorFloatGemm) one at a time from a shared
 * counter, so a worker that the operating system keeps waiting (the machine is shared) costs
 * nothing: the caller takes the panels it does not. Whichever thread computes a panel, each of its elements is summed in the same order, so
 * the result does not depend on the split.
 *
 * <p>Handing work to a general-purpose pool costs ~50 us here and allocates; this hand-off is a
 * few volatile writes and an unpark, and allocates nothing. The worker spins for a while after
 * each product so that the next one of the same training step finds it awake.
 *
 * <p>The counter holds the product's number (epoch) in its high half and the next panel in its
 * low half: a claim succeeds only for the product the claimer means, so a worker that wakes late
 * can never touch a product the caller has finished (or the next one).
 */
final class GemmWorker {
    private static final long SPIN_NANOS = 200_000; // how long an idle worker stays awake before parking
    private static final AtomicInteger TAKEN = new AtomicInteger();
    private static final AtomicLong CLAIMS = new AtomicLong();
    private static volatile Thread thread;
    private static volatile int postedEpoch;
    private static volatile int busyEpoch;   // the product the worker is working on, 0 when none
    private static volatile Throwable failure;
    private static GemmTask task;             // written before postedEpoch, read after it
    private static int panelCount;
    private static int epoch;                 // the caller's count of products (only the holder of TAKEN writes it)
    /** How many products were shared with the worker, and how many panels it computed (for tests and benchmarks). */
    static volatile long productsShared;
    static volatile long panelsByWorker;

    private GemmWorker() {
    }

    /** Reserves the worker for one product; false when another product holds it. */
    static boolean tryTake() {
        if (!TAKEN.compareAndSet(0, 1)) return false;
        if (thread == null) start();
        return true;
    }

    private static synchronized void start() {
        if (thread != null) return;
        Thread t = new Thread(GemmWorker::loop, "nnet-gemm-worker");
        t.setDaemon(true);
        t.start();
        thread = t;
    }

    /** Computes all panels of the task on this thread and the worker (after {@link #tryTake}), then releases the worker. */
    static void run(GemmTask work, int panels) {
        int e = epoch = epoch == Integer.MAX_VALUE ? 1 : epoch + 1;
        productsShared++; // only the holder of TAKEN writes it
        task = work;
        panelCount = panels;
        CLAIMS.set((long) e << 32);
        postedEpoch = e;
        LockSupport.unpark(thread);
        try {
            for (int panel = claim(e, panels); panel >= 0; panel = claim(e, panels)) work.run(panel, panel + 1, 0);
            while (busyEpoch == e) Thread.onSpinWait(); // the worker's last panel
        } finally {
            TAKEN.set(0);
        }
        Throwable f = failure;
        if (f != null) {
            failure = null;
            throw new IllegalStateException("the engine's second thread failed", f);
        }
    }

    /** The next panel of product e, or -1 when they are all taken (or e is over). */
    private static int claim(int e, int panels) {
        while (true) {
            long c = CLAIMS.get();
            int next = (int) c;
            if ((int) (c >>> 32) != e || next >= panels) return -1;
            if (CLAIMS.compareAndSet(c, c + 1)) return next;
        }
    }

    private static void loop() {
        int seen = 0;
        while (true) {
            long idleSince = System.nanoTime();
            while (postedEpoch == seen) {
                if (System.nanoTime() - idleSince < SPIN_NANOS) Thread.onSpinWait();
                else LockSupport.park(GemmWorker.class);
            }
            int e = postedEpoch;
            seen = e;
            busyEpoch = e; // before the first claim: a caller that sees it waits for this thread's panel
            try {
                GemmTask work = task;
                int panels = panelCount;
                for (int panel = claim(e, panels); panel >= 0; panel = claim(e, panels)) {
                    work.run(panel, panel + 1, 1);
                    panelsByWorker++;
                }
            } catch (Throwable t) {
                failure = t;
            }
            busyEpoch = 0;
        }
    }
}
