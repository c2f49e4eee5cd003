package dev.nnet.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A fresh JVM runs the engine's loops in its interpreter, then in profiled quick code, and only
 * after some thousand calls in optimised code: a small training (Iris, 200 steps) is over before
 * that, and runs several times slower than it would compiled. The REPL waits for the user for
 * seconds before the first training, so it calls {@link #startInBackground()} then, and a daemon
 * thread trains three tiny networks over and over, shaped like the tutorial's (tanh and softmax
 * cross-entropy with Adam, relu, sigmoid and squared error with SGD), for at most
 * {@link #BUDGET_MILLIS}: the JIT compiles the graph replay, the plain kernels and the optimizers
 * meanwhile, and the user's first training starts on compiled code.
 *
 * <p>Not for `nnet run`: there it made Iris's 200 steps 4.5 times faster (0.18 s to 0.04 s) but
 * the whole process 0.2 s slower (1.17 s to 1.39 s, medians of 5 fresh runs, bench/fresh.sh): on
 * two cores the JIT's threads already use the second one while the command line, the script and
 * the data are read, and the warm-up's compilations delayed theirs.
 *
 * <p>It shares nothing with the user's training: its own generators, tensors and graphs; its
 * products are too small for the second engine thread. It only changes when code gets compiled,
 * never a result. It runs only on a spare core ({@link SpareCore}), stops when a training starts
 * ({@link #stop}: the JIT then wants the core for that training's own compilations) or a large one
 * has started the Vector API warm-up, and it runs once per JVM.
 */
public final class TrainingWarmup {
    /**
     * How long it runs at most: on the engine, Iris's 200 steps took ~250 ms cold, ~50 ms after
     * 1.5 s of this and ~45 ms after 3 s.
     */
    static final long BUDGET_MILLIS = 1500;
    private static boolean started;
    private static volatile boolean stopped;

    private TrainingWarmup() {
    }

    /** Starts the warm-up thread, once per JVM, unless -Dnnet.warmup=false (to measure without it); returns at once. */
    public static synchronized void startInBackground() {
        if (started || stopped || !Boolean.parseBoolean(System.getProperty("nnet.warmup", "true"))) return;
        started = true;
        Thread t = new Thread(() -> {
            // On a busy machine it would take time from everything else: only a spare core will do.
            if (SpareCore.available()) run(BUDGET_MILLIS, () -> stopped || VectorWarmup.hasStarted());
        }, "nnet-training-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Ends the warm-up at its next step (a training has started); it does not start after this. */
    public static void stop() {
        stopped = true;
    }

    /** Trains the tiny networks until the budget is spent or {@code enough} says so; returns the whole rounds done. */
    static int run(long budgetMillis, java.util.function.BooleanSupplier enough) {
        long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
        int round = 0;
        try {
            for (; System.nanoTime() < deadline; round++) {
                boolean goOn = train(24, new int[] {4, 16, 3}, Activation.TANH, Loss.CROSS_ENTROPY, true, round, enough)
                        && train(16, new int[] {20, 24, 10}, Activation.RELU, Loss.CROSS_ENTROPY, true, round, enough)
                        && train(4, new int[] {2, 4, 1}, Activation.TANH, Loss.MSE, false, round, enough);
                if (!goOn) break;
            }
        } catch (RuntimeException | LinkageError e) {
            // Only an optimisation: the user's training compiles the same code, later.
        }
        return round;
    }

    /**
     * A few steps of a small dense network on made-up rows (one-hot targets, or 0/1 for one
     * output), asking {@code enough} before each; false when it said to stop.
     */
    private static boolean train(int rows, int[] sizes, Activation hidden, Loss loss, boolean adam, long seed,
                              java.util.function.BooleanSupplier enough) {
        Rng init = Rng.forPurpose(seed, "warm-up");
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            Activation next = i + 2 < sizes.length ? hidden : loss == Loss.MSE ? Activation.SIGMOID : null;
            layers.add(new Dense("w" + i, sizes[i], sizes[i + 1], Initializer.defaultFor(next), true, Precision.FLOAT32,
                    init));
            if (next != null) layers.add(new ActivationLayer(next));
        }
        Sequential model = new Sequential(layers);
        int outputs = sizes[sizes.length - 1];
        Tensor x = Tensor.zeros(Precision.FLOAT32, rows, sizes[0]);
        Tensor y = Tensor.zeros(Precision.FLOAT32, rows, outputs);
        float[] xs = x.floats(), ys = y.floats();
        for (int i = 0; i < xs.length; i++) xs[i] = (float) (4 * init.nextDouble() - 2);
        for (int r = 0; r < rows; r++) ys[r * outputs + r % outputs] = outputs == 1 ? r % 2 : 1f;
        Graph graph = new Graph(Precision.FLOAT32);
        Node objective = loss.build(graph, model, graph.constant(x), graph.constant(y));
        Optimizer optimizer = adam ? new Adam(0.01, 0.9, 0.999, 1e-8, 0) : new Sgd(0.5, 0, false, 0);
        List<Parameter> parameters = model.parameters();
        for (int step = 0; step < 5; step++) {
            if (enough.getAsBoolean()) return false;
            graph.forward();
            graph.backward(objective);
            optimizer.step(parameters);
        }
        return true;
    }
}
