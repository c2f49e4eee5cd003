package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A graph built once and replayed must behave as a graph built afresh, and allocate nothing. */
class ReplayTest {

    private static Sequential model(long seed) {
        Rng rng = Rng.forPurpose(seed, "init");
        return new Sequential(List.of(
                new Dense("h", 3, 5, Initializer.XAVIER_UNIFORM, true, Precision.FLOAT32, rng),
                new ActivationLayer(Activation.TANH),
                new Dense("o", 5, 4, Initializer.XAVIER_UNIFORM, true, Precision.FLOAT32, rng),
                new ActivationLayer(Activation.SOFTMAX)));
    }

    private static Tensor random(long seed, int... shape) {
        Rng rng = new Rng(seed);
        Tensor t = Tensor.zeros(Precision.FLOAT32, shape);
        for (int i = 0; i < t.size(); i++) t.set(i, rng.nextGaussian());
        return t;
    }

    private static Tensor oneHot(int rows, int cols, int shift) {
        Tensor t = Tensor.zeros(Precision.FLOAT32, rows, cols);
        for (int r = 0; r < rows; r++) t.set(r * cols + (r + shift) % cols, 1);
        return t;
    }

    @Test
    void replayOnNewDataEqualsAFreshGraph() {
        Sequential m = model(1);
        Tensor x = random(2, 6, 3);
        Tensor target = oneHot(6, 4, 0);
        Graph g = new Graph(Precision.FLOAT32);
        Node out = m.forward(g, g.constant(x));
        Node loss = Loss.CROSS_ENTROPY.build(g, m, g.constant(x), g.constant(target));
        float before = loss.value().floats()[0];

        x.copyFrom(random(3, 6, 3));
        target.copyFrom(oneHot(6, 4, 1));
        g.forward();

        Graph fresh = new Graph(Precision.FLOAT32);
        Node freshOut = m.forward(fresh, fresh.constant(x.copy()));
        Node freshLoss = Loss.CROSS_ENTROPY.build(fresh, m, fresh.constant(x.copy()), fresh.constant(target.copy()));
        assertArrayEquals(freshOut.value().floats(), out.value().floats());
        assertEquals(freshLoss.value().floats()[0], loss.value().floats()[0]);
        assertNotEquals(before, loss.value().floats()[0], "the replay must have read the new data");
    }

    @Test
    void replayAfterAParameterChangeEqualsAFreshGraph() {
        Sequential m = model(4);
        Tensor x = random(5, 2, 3);
        Graph g = new Graph(Precision.FLOAT32);
        Node out = m.forward(g, g.constant(x));
        Tensor w = m.parameters().get(0).value();
        w.set(0, w.get(0) + 0.5);
        g.forward();
        Graph fresh = new Graph(Precision.FLOAT32);
        assertArrayEquals(m.forward(fresh, fresh.constant(x)).value().floats(), out.value().floats());
    }

    @Test
    void backwardTwiceAccumulatesTwice() {
        Sequential m = model(6);
        Graph g = new Graph(Precision.FLOAT32);
        Node loss = Loss.CROSS_ENTROPY.build(g, m, g.constant(random(7, 6, 3)), g.constant(oneHot(6, 4, 2)));
        g.backward(loss);
        List<float[]> once = new ArrayList<>();
        for (Parameter p : m.parameters()) once.add(p.grad().floats().clone());
        g.backward(loss);
        for (int i = 0; i < once.size(); i++) {
            float[] twice = m.parameters().get(i).grad().floats();
            for (int j = 0; j < twice.length; j++) {
                // Not bit-exact: a product accumulates its terms one by one into the gradient it finds.
                assertEquals(2 * once.get(i)[j], twice[j], 1e-6 * (1 + Math.abs(twice[j])), m.parameters().get(i).name());
            }
        }
        assertTrue(Math.abs(once.get(0)[0]) > 0, "a gradient that is zero would make doubling vacuous");
    }

    @Test
    void backwardClearsIntermediateGradientsBetweenPasses() {
        Parameter p = new Parameter("p", Tensor.of(Precision.FLOAT64, new double[] {1, 2}, 2));
        Graph g = new Graph(Precision.FLOAT64);
        Node square = g.mul(g.parameter(p), g.parameter(p));
        Node loss = g.sum(square);
        g.backward(loss);
        g.backward(loss);
        assertArrayEquals(new double[] {1, 1}, square.grad().doubles()); // not 2: node gradients restart
        assertArrayEquals(new double[] {4, 8}, p.grad().doubles());      // 2 * (2p): parameters accumulate
    }

    @Test
    void replaysAllocateNothing() {
        Sequential m = model(8);
        Tensor x = random(9, 16, 3);
        Graph g = new Graph(Precision.FLOAT32);
        Node loss = Loss.CROSS_ENTROPY.build(g, m, g.constant(x), g.constant(oneHot(16, 4, 0)));
        Optimizer adam = new Adam(1e-3, 0.9, 0.999, 1e-8, 0);
        Optimizer sgd = new Sgd(0.1, 0.9, true, 1e-4);
        List<Parameter> params = m.parameters();
        Runnable step = () -> {
            g.forward();
            g.backward(loss);
            adam.step(params);
            g.forward();
            g.backward(loss);
            sgd.step(params);
        };
        // The first steps allocate optimizer state; the Vector API allocates until the JIT has compiled it.
        step.run(); // the first step allocates the optimizers' state
        long allocated = Allocations.fewestBytesInAWindow(step, 200, 30);
        // One allocation per step would be at least 200 * 16 bytes; allow for the measurement's own few.
        assertTrue(allocated < 1024, "200 replayed steps allocated " + allocated + " bytes");
    }

    @Test
    void largeReplaysOnTwoThreadsAllocateNothing() {
        // Products large enough for the Vector API kernel and the second thread.
        Rng rng = Rng.forPurpose(12, "init");
        Sequential m = new Sequential(List.of(
                new Dense("h", 300, 256, Initializer.HE_UNIFORM, true, Precision.FLOAT32, rng),
                new ActivationLayer(Activation.RELU),
                new Dense("o", 256, 10, Initializer.XAVIER_UNIFORM, true, Precision.FLOAT32, rng)));
        Graph g = new Graph(Precision.FLOAT32);
        Node loss = Loss.CROSS_ENTROPY.build(g, m, g.constant(random(13, 128, 300)), g.constant(oneHot(128, 10, 0)));
        Optimizer adam = new Adam(1e-3, 0.9, 0.999, 1e-8, 0);
        List<Parameter> params = m.parameters();
        int before = EngineThreads.count();
        EngineThreads.setCount(2);
        VectorWarmup.await(); // "once warm": after the JIT has compiled the Vector API kernels
        try {
            long allocated = Allocations.fewestBytesInAWindow(() -> {
                g.forward();
                g.backward(loss);
                adam.step(params);
            }, 50, 60);
            assertTrue(allocated < 1024, "50 replayed steps allocated " + allocated + " bytes");
        } finally {
            EngineThreads.setCount(before);
        }
    }

    @Test
    void backwardFromANonScalarOrAConstantIsRefused() {
        Graph g = new Graph(Precision.FLOAT32);
        Node c = g.constant(random(10, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> g.backward(g.sum(c)));
        Parameter p = new Parameter("p", random(11, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> g.backward(g.parameter(p)));
    }
}
