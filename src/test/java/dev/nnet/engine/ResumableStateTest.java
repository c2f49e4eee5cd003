package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Saving an optimizer's, a schedule's or a generator's state and loading it into a fresh one
 * continues the run to the same bits as never stopping: what `nnet run --resume` relies on. The
 * parameters are new objects after the load, as in a new process, so the state must follow them by
 * position, not by identity.
 */
class ResumableStateTest {
    private static final int STEPS = 12;
    private static final int STOP = 5;

    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("sgd", (Supplier<Optimizer>) () -> new Sgd(0.05, 0, false, 0), false),
                Arguments.of("sgd momentum nesterov", (Supplier<Optimizer>) () -> new Sgd(0.05, 0.9, true, 1e-3), true),
                Arguments.of("adam", (Supplier<Optimizer>) () -> new Adam(0.05, 0.9, 0.999, 1e-8, 1e-3), true),
                Arguments.of("adamw", (Supplier<Optimizer>) () -> new AdamW(0.05, 0.9, 0.999, 1e-8, 1e-2), true),
                Arguments.of("adagrad", (Supplier<Optimizer>) () -> new Adagrad(0.05, 0.01, 1e-3, 0.1, 1e-10), true),
                Arguments.of("rmsprop", (Supplier<Optimizer>) () -> new RmsProp(0.01, 0.99, 1e-8, 0, 0, false), true),
                Arguments.of("rmsprop centred momentum", (Supplier<Optimizer>) () -> new RmsProp(0.01, 0.9, 1e-8, 1e-3,
                        0.5, true), true),
                Arguments.of("rprop", (Supplier<Optimizer>) () -> new Rprop(0.01, 0.5, 1.2, 1e-6, 50), true));
    }

    /** Two parameters of different shapes, seeded. */
    private static List<Parameter> parameters(long seed) {
        Rng rng = new Rng(seed);
        List<Parameter> ps = new ArrayList<>();
        for (int[] shape : new int[][] {{2, 3}, {3}}) {
            Tensor t = Tensor.zeros(Precision.FLOAT32, shape);
            for (int i = 0; i < t.size(); i++) t.set(i, rng.nextGaussian());
            ps.add(new Parameter("p" + ps.size(), t));
        }
        return ps;
    }

    /** A gradient that depends on the parameter non-linearly, so every state variable matters. */
    private static void step(Optimizer optimizer, List<Parameter> ps, int t) {
        for (Parameter p : ps) {
            for (int i = 0; i < p.value().size(); i++) {
                double v = p.value().get(i);
                p.grad().set(i, 2 * (v - 0.3 * i) + 0.5 * Math.sin(3 * v + t));
            }
        }
        optimizer.step(ps);
    }

    private static List<float[]> values(List<Parameter> ps) {
        return ps.stream().map(p -> p.value().floats().clone()).toList();
    }

    private static List<Parameter> copies(List<Parameter> ps) {
        return ps.stream().map(p -> new Parameter(p.name(), p.value().copy())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void aSavedAndLoadedOptimizerContinuesToTheSameBits(String name, Supplier<Optimizer> make, boolean hasState) {
        List<Parameter> straight = parameters(7);
        Optimizer uninterrupted = make.get();
        for (int t = 0; t < STEPS; t++) step(uninterrupted, straight, t);

        List<Parameter> first = parameters(7);
        Optimizer before = make.get();
        before.setLearningRate(before.learningRate()); // no-op: the saved rate is what counts
        for (int t = 0; t < STOP; t++) step(before, first, t);
        OptimizerState saved = before.saveState(first);

        List<Parameter> resumed = copies(first);
        Optimizer after = make.get();
        after.loadState(resumed, saved);
        for (int t = STOP; t < STEPS; t++) step(after, resumed, t);
        for (int i = 0; i < straight.size(); i++) {
            assertArrayEquals(straight.get(i).value().floats(), resumed.get(i).value().floats(), name + " p" + i);
        }

        // Without the state the continuation differs: the test would notice a state left out.
        List<Parameter> forgetful = copies(first);
        Optimizer fresh = make.get();
        for (int t = STOP; t < STEPS; t++) step(fresh, forgetful, t);
        boolean same = true;
        for (int i = 0; i < straight.size(); i++) {
            same &= Arrays.equals(straight.get(i).value().floats(), forgetful.get(i).value().floats());
        }
        assertEquals(!hasState, same, name + ": does a fresh optimizer differ?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void theSavedLearningRateIsRestored(String name, Supplier<Optimizer> make, boolean hasState) {
        Optimizer o = make.get();
        o.setLearningRate(0.0123);
        Optimizer other = make.get();
        other.loadState(parameters(1), o.saveState(parameters(1)));
        assertEquals(0.0123, other.learningRate(), 0);
    }

    @Test
    void aStateForOtherShapesIsRefused() {
        Optimizer adam = new Adam(0.1, 0.9, 0.999, 1e-8, 0);
        List<Parameter> ps = parameters(3);
        step(adam, ps, 0);
        OptimizerState saved = adam.saveState(ps);
        List<Parameter> other = List.of(new Parameter("q", Tensor.zeros(Precision.FLOAT32, 3, 2)), ps.get(1));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.1, 0.9, 0.999, 1e-8, 0).loadState(other, saved));
    }

    @Test
    void aPlateauScheduleContinuesFromItsSavedCounters() {
        double[] metrics = {1.0, 0.9, 0.95, 0.95, 0.95, 0.8, 0.85, 0.85, 0.85, 0.85, 0.7, 0.7};
        PlateauSchedule straight = new PlateauSchedule(0.1, 0.5, 1, 1e-4, 1, 1e-4);
        double[] expected = new double[metrics.length];
        for (int e = 0; e < metrics.length; e++) expected[e] = straight.rate(e, e == 0 ? Double.NaN : metrics[e - 1]);

        double[] actual = new double[metrics.length];
        PlateauSchedule before = new PlateauSchedule(0.1, 0.5, 1, 1e-4, 1, 1e-4);
        for (int e = 0; e < 6; e++) actual[e] = before.rate(e, e == 0 ? Double.NaN : metrics[e - 1]);
        PlateauSchedule after = new PlateauSchedule(0.1, 0.5, 1, 1e-4, 1, 1e-4);
        after.loadState(before.saveState());
        for (int e = 6; e < metrics.length; e++) actual[e] = after.rate(e, metrics[e - 1]);
        assertArrayEquals(expected, actual);
        assertFalse(expected[0] == expected[metrics.length - 1], "the schedule reduced the rate along the way");
        assertThrows(IllegalArgumentException.class, () -> after.loadState(java.util.Map.of("rate", 0.1)));
    }

    @Test
    void closedFormSchedulesHaveNoState() {
        assertEquals(java.util.Map.of(), new CosineSchedule(0.1, 10, 0).saveState());
    }

    @Test
    void aRestoredGeneratorDrawsWhatFollowed() {
        Rng rng = Rng.forPurpose(42, "shuffle");
        rng.nextGaussian(); // leaves a spare Gaussian, which is part of the state
        long[] state = rng.state();
        double[] expected = {rng.nextGaussian(), rng.nextDouble(), rng.nextInt(1000), rng.nextGaussian()};
        Rng other = new Rng(0);
        other.restore(state);
        double[] actual = {other.nextGaussian(), other.nextDouble(), other.nextInt(1000), other.nextGaussian()};
        assertArrayEquals(expected, actual);
        assertThrows(IllegalArgumentException.class, () -> other.restore(new long[3]));
    }
}
