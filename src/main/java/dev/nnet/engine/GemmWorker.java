package dev.nnet.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The engine's one extra thread: a daemon that runs half of a large product's panels while the
 * calling thread runs the other half. Handing work to a general-purpose pool costs ~50 us here
 * and allocates; this hand-off is a few volatile writes and an unpark, allocates nothing, and the
 * worker spins for a while after each task so that the next product of the same training step
 * finds it awake. One product at a time: a caller that finds the worker taken runs alone.
 */
final class GemmWorker {
    private static final long SPIN_NANOS = 200_000; // how long an idle worker stays awake before parking
    private static final int IDLE = 0, POSTED = 1, DONE = 2;
    private static final AtomicInteger TAKEN = new AtomicInteger();
    private static volatile Thread thread;
    private static volatile int state = IDLE;
    private static GemmTask task;  // written before the volatile state, read after it
    private static int from;
    private static int to;
    private static Throwable failure;
    /** How many tasks the worker has been given, for tests that must know a second thread really ran. */
    static volatile long posted;

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

    /** Starts panels [first, last) of the task on the worker (after {@link #tryTake}). */
    static void post(GemmTask work, int first, int last) {
        task = work;
        posted++; // only the caller holding the worker writes it
        from = first;
        to = last;
        state = POSTED;
        LockSupport.unpark(thread);
    }

    /** Waits for the posted panels, then releases the worker. */
    static void join() {
        while (state != DONE) Thread.onSpinWait();
        Throwable f = failure;
        failure = null;
        task = null;
        state = IDLE;
        TAKEN.set(0);
        if (f != null) throw new IllegalStateException("the engine's second thread failed", f);
    }

    private static void loop() {
        while (true) {
            long idleSince = System.nanoTime();
            while (state != POSTED) {
                if (System.nanoTime() - idleSince < SPIN_NANOS) Thread.onSpinWait();
                else LockSupport.park(GemmWorker.class);
            }
            try {
                task.run(from, to, 1);
            } catch (Throwable t) {
                failure = t;
            }
            state = DONE;
        }
    }
}
