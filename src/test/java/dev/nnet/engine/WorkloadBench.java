package dev.nnet.engine;

import dev.nnet.bench.Repeats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The workloads of PERFORMANCE.md, trained directly on the engine (not a test; run through
 * bench/run.sh). Timing as the peers time themselves (../shared/bench/peers): the wall clock of
 * each epoch (shuffle, batch gather, forward, backward, step), the median over the epochs after
 * the first. Each workload runs repeatedly in one JVM ({@link Repeats}): the first run is what a
 * fresh process gets (it includes the JIT's warm-up), "warm" the median of the last runs.
 *
 * <p>Usage: WorkloadBench [W1,W2,W3,W4,W5] [min runs] [seconds a workload]
 */
public final class WorkloadBench {
    private WorkloadBench() {
    }

    /** One workload: layer widths, hidden activation, loss, batch (0: full), optimizer, rate, epochs. */
    record Spec(String id, String description, int[] sizes, Activation hidden, Loss loss, int batch, boolean adam,
                double rate, int epochs) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("W1", "Iris 4-16-3 tanh, CE, full batch 120, Adam 0.01, 200 epochs", new int[] {4, 16, 3},
                    Activation.TANH, Loss.CROSS_ENTROPY, 0, true, 0.01, 200),
            new Spec("W2", "digits 64-128-10 relu, CE, batch 32, Adam 1e-3, 20 epochs", new int[] {64, 128, 10},
                    Activation.RELU, Loss.CROSS_ENTROPY, 32, true, 1e-3, 20),
            new Spec("W3", "Fashion-MNIST 784-256-128-10 relu, CE, batch 128, Adam 1e-3, 5 epochs",
                    new int[] {784, 256, 128, 10}, Activation.RELU, Loss.CROSS_ENTROPY, 128, true, 1e-3, 5),
            new Spec("W4", "XOR 2-4-1 tanh/sigmoid, MSE, full batch 4, SGD 0.5, 2000 steps", new int[] {2, 4, 1},
                    Activation.TANH, Loss.MSE, 0, false, 0.5, 2000),
            new Spec("W5", "Fashion-MNIST CNN conv8-pool-conv16-pool-dense10 relu, CE, batch 128, Adam 1e-3, 1 epoch",
                    new int[] {784, 10}, Activation.RELU, Loss.CROSS_ENTROPY, 128, true, 1e-3, 1));

    /** What one training run measured. */
    record Result(double medianEpochSeconds, double medianEpochCpuSeconds, int stepsPerEpoch, double totalSeconds,
                  double testAccuracy, double finalLoss) {
        double microsPerStep() {
            return medianEpochSeconds * 1e6 / stepsPerEpoch;
        }

        double cpuMicrosPerStep() {
            return medianEpochCpuSeconds * 1e6 / stepsPerEpoch;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<String> which = Arrays.asList((args.length > 0 ? args[0] : "W1,W2,W3,W4").split(","));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        System.out.println("# NNet engine, float32, " + EngineThreads.count() + " engine thread(s); GEMM: " + FloatGemm.describe()
                + "; " + Repeats.describe(runs, seconds));
        System.out.println("| workload | steps/epoch | runs | us/step, first run | us/step, warm | steps/s, warm "
                + "| s/epoch, warm | total s, warm | test accuracy | final loss | main thread's CPU us/step, warm |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Spec spec : SPECS) {
            if (!which.contains(spec.id())) continue;
            String missing = BenchData.missing(spec.id());
            if (missing != null) {
                System.out.println("| " + spec.id() + " | skipped: " + missing + " | | | | | | | | | |");
                continue;
            }
            BenchData.Split data = BenchData.load(spec.id());
            List<Result> results = Repeats.untilWarm(runs, seconds, () -> train(spec, data, 0));
            Result first = results.get(0), last = Repeats.warmRun(results, Result::microsPerStep);
            System.out.println(String.format(Locale.ROOT, "| %s: %s | %d | %d | %.1f | %.1f | %.0f | %.4f | %.3f | %.4f | %.4f | %.1f |",
                    spec.id(), spec.description(), last.stepsPerEpoch(), results.size(), first.microsPerStep(), last.microsPerStep(),
                    1e6 / last.microsPerStep(), last.medianEpochSeconds(), last.totalSeconds(), last.testAccuracy(),
                    last.finalLoss(), last.cpuMicrosPerStep()));
        }
    }

    static Sequential model(Spec spec, long seed) {
        Rng init = Rng.forPurpose(seed, "init");
        Precision p = Precision.FLOAT32;
        List<Layer> layers = new ArrayList<>();
        if (spec.id().equals("W5")) {
            layers.add(new Reshape(1, 28, 28));
            layers.add(new Conv2d("c1", 1, 8, 3, 3, new int[] {1, 1}, new int[] {1, 1}, WeightInit.of(Initializer.HE_UNIFORM),
                    true, p, init));
            layers.add(new ActivationLayer(Activation.RELU));
            layers.add(Pool2d.max(2, 2, 2, 2));
            layers.add(new Conv2d("c2", 8, 16, 3, 3, new int[] {1, 1}, new int[] {1, 1}, WeightInit.of(Initializer.HE_UNIFORM),
                    true, p, init));
            layers.add(new ActivationLayer(Activation.RELU));
            layers.add(Pool2d.max(2, 2, 2, 2));
            layers.add(new Flatten());
            layers.add(new Dense("out", 784, 10, Initializer.XAVIER_UNIFORM, true, p, init));
            return new Sequential(layers);
        }
        int[] sizes = spec.sizes();
        for (int i = 0; i + 1 < sizes.length; i++) {
            boolean hidden = i + 2 < sizes.length;
            Activation next = hidden ? spec.hidden() : spec.loss() == Loss.MSE ? Activation.SIGMOID : null;
            layers.add(new Dense("d" + i, sizes[i], sizes[i + 1], Initializer.defaultFor(next), true, p, init));
            if (next != null) layers.add(new ActivationLayer(next));
        }
        return new Sequential(layers);
    }

    /** A training step replayed on each batch: one graph per batch size, built once. */
    private static final class Step {
        final Graph graph = new Graph(Precision.FLOAT32);
        final Tensor x;
        final Tensor y;
        final Node loss;
        final int rows;
        final int features;
        final int outputs;

        Step(Sequential model, Loss loss, int rows, int features, int outputs) {
            this.rows = rows;
            this.features = features;
            this.outputs = outputs;
            x = Tensor.zeros(Precision.FLOAT32, rows, features);
            y = Tensor.zeros(Precision.FLOAT32, rows, outputs);
            this.loss = loss.build(graph, model, graph.constant(x), graph.constant(y));
        }

        /** Gathers rows order[start ..] into the batch (one-hot targets, or the 0/1 label for one output). */
        void load(BenchData.Split d, int[] order, int start) {
            float[] xs = x.floats(), ys = y.floats(), src = d.xTrain();
            Arrays.fill(ys, 0f);
            for (int r = 0; r < rows; r++) {
                int row = order[start + r];
                System.arraycopy(src, row * features, xs, r * features, features);
                if (outputs == 1) ys[r] = d.yTrain()[row];
                else ys[r * outputs + d.yTrain()[row]] = 1f;
            }
        }

        double run() {
            graph.forward();
            graph.backward(loss);
            return loss.value().get(0);
        }
    }

    static Result train(Spec spec, BenchData.Split d, long seed) {
        Sequential model = model(spec, seed);
        int n = d.trainRows(), batch = spec.batch() == 0 ? n : spec.batch();
        int outputs = spec.loss() == Loss.MSE ? 1 : d.classes();
        Step full = new Step(model, spec.loss(), batch, d.features(), outputs);
        Step last = n % batch == 0 ? null : new Step(model, spec.loss(), n % batch, d.features(), outputs);
        List<Parameter> params = model.parameters();
        Optimizer optimizer = spec.adam() ? new Adam(spec.rate(), 0.9, 0.999, 1e-8, 0) : new Sgd(spec.rate(), 0, false, 0);
        Rng shuffling = Rng.forPurpose(seed, "shuffle");
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        double[] epochSeconds = new double[spec.epochs()];
        double[] epochCpu = new double[spec.epochs()];
        double loss = Double.NaN;
        for (int epoch = 0; epoch < spec.epochs(); epoch++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            if (batch < n) shuffling.shuffle(order);
            for (int at = 0; at < n; at += batch) {
                Step step = n - at >= batch ? full : last;
                step.load(d, order, at);
                loss = step.run();
                optimizer.step(params);
            }
            epochSeconds[epoch] = (System.nanoTime() - start) / 1e9;
            epochCpu[epoch] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        }
        double total = Arrays.stream(epochSeconds).sum();
        return new Result(steadyMedian(epochSeconds), steadyMedian(epochCpu), (n + batch - 1) / batch, total,
                accuracy(model, d, outputs), loss);
    }

    /** The median over the epochs after the first (all of them if there is only one), as the peers take it. */
    static double steadyMedian(double[] perEpoch) {
        double[] steady = perEpoch.length > 1 ? Arrays.copyOfRange(perEpoch, 1, perEpoch.length) : perEpoch.clone();
        Arrays.sort(steady);
        return steady.length % 2 == 1 ? steady[steady.length / 2]
                : (steady[steady.length / 2 - 1] + steady[steady.length / 2]) / 2;
    }

    /** Test accuracy, in chunks of at most 500 rows (a CNN's activations for 10,000 images would not fit). */
    static double accuracy(Sequential model, BenchData.Split d, int outputs) {
        int f = d.features(), n = d.yTest().length, correct = 0;
        for (int start = 0; start < n; start += 500) {
            int rows = Math.min(500, n - start);
            Tensor x = Tensor.wrap(Arrays.copyOfRange(d.xTest(), start * f, (start + rows) * f), rows, f);
            Graph g = new Graph(Precision.FLOAT32);
            g.setTraining(false);
            Tensor out = model.forward(g, g.constant(x)).value();
            for (int r = 0; r < rows; r++) {
                int predicted;
                if (outputs == 1) {
                    predicted = out.get(r) > 0.5 ? 1 : 0;
                } else {
                    predicted = 0;
                    for (int j = 1; j < outputs; j++) if (out.get(r * outputs + j) > out.get(r * outputs + predicted)) predicted = j;
                }
                if (predicted == d.yTest()[start + r]) correct++;
            }
        }
        return (double) correct / n;
    }
}
