package dev.nnet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * How the benchmarks repeat a workload in one JVM. The first run is what a fresh process gets,
 * the JIT's warm-up included; the later ones show the compiled code. A short workload (Iris: 200
 * steps in a few milliseconds once compiled) needs many runs before the JIT has compiled all of
 * it, so runs repeat for a time budget, not a fixed count, and the warm figure is the median of
 * the last few runs (one run can land on a compilation or a collection).
 */
public final class Repeats {
    /** How many of the last runs the warm figure is the median of. */
    public static final int WARM_RUNS = 5;

    private Repeats() {
    }

    /** Runs {@code run} at least {@code minRuns} times and until {@code seconds} have passed. */
    public static <R> List<R> untilWarm(int minRuns, double seconds, Callable<R> run) throws Exception {
        List<R> results = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (results.size() < minRuns || System.nanoTime() < deadline) results.add(run.call());
        return results;
    }

    /** The median of {@code measure} over the last {@link #WARM_RUNS} results (fewer if there are fewer). */
    public static <R> double warm(List<R> results, ToDoubleFunction<R> measure) {
        double[] last = results.subList(Math.max(0, results.size() - WARM_RUNS), results.size()).stream()
                .mapToDouble(measure).sorted().toArray();
        return last.length % 2 == 1 ? last[last.length / 2] : (last[last.length / 2 - 1] + last[last.length / 2]) / 2;
    }

    /** The result whose {@code measure} is the warm figure's (the middle one of the last runs), for its other columns. */
    public static <R> R warmRun(List<R> results, ToDoubleFunction<R> measure) {
        double target = warm(results, measure);
        List<R> last = results.subList(Math.max(0, results.size() - WARM_RUNS), results.size());
        return last.stream().min((a, b) -> Double.compare(Math.abs(measure.applyAsDouble(a) - target),
                Math.abs(measure.applyAsDouble(b) - target))).orElseThrow();
    }

    public static String describe(int minRuns, double seconds) {
        return "at least " + minRuns + " run" + (minRuns == 1 ? "" : "s") + " and " + seconds
                + " s a workload; warm = median of the last " + WARM_RUNS + " runs";
    }
}
