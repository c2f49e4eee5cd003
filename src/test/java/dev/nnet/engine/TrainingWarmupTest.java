package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrainingWarmupTest {
    /** It asks after every step whether to go on, and stops at the first yes. */
    @Test
    void itTrainsUntilToldToStopAndStopsAtOnce() {
        AtomicInteger asked = new AtomicInteger();
        int rounds = TrainingWarmup.run(60_000, () -> asked.incrementAndGet() > 40);
        assertEquals(41, asked.get());
        assertTrue(rounds >= 2, rounds + " rounds");
    }

    @Test
    void itStopsWhenItsTimeIsSpent() {
        assertEquals(0, TrainingWarmup.run(0, () -> false));
    }

    /** The user's training gets the same bits whether or not the warm-up runs beside it. */
    @Test
    void runningBesideATrainingChangesNoneOfItsResults() throws InterruptedException {
        float[] alone = trainedWeights();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        Thread beside = new Thread(() -> rounds.set(TrainingWarmup.run(60_000, () -> {
            running.countDown();
            return stop.get();
        })));
        beside.setDaemon(true);
        beside.start();
        running.await();
        float[] withWarmup;
        try {
            withWarmup = trainedWeights();
        } finally {
            stop.set(true);
            beside.join();
        }
        assertArrayEquals(alone, withWarmup);
        assertTrue(rounds.get() > 0, "the warm-up did not run beside the training");
    }

    private static float[] trainedWeights() {
        Rng init = Rng.forPurpose(7, "init");
        Dense hidden = new Dense("h", 4, 16, Initializer.XAVIER_UNIFORM, true, Precision.FLOAT32, init);
        Dense out = new Dense("o", 16, 3, Initializer.XAVIER_UNIFORM, true, Precision.FLOAT32, init);
        Sequential model = new Sequential(List.of(hidden, new ActivationLayer(Activation.TANH), out));
        Tensor x = Tensor.zeros(Precision.FLOAT32, 30, 4);
        Tensor y = Tensor.zeros(Precision.FLOAT32, 30, 3);
        Rng data = Rng.forPurpose(7, "data");
        float[] xs = x.floats(), ys = y.floats();
        for (int i = 0; i < xs.length; i++) xs[i] = (float) data.nextGaussian();
        for (int r = 0; r < 30; r++) ys[r * 3 + r % 3] = 1f;
        Graph g = new Graph(Precision.FLOAT32);
        Node loss = Loss.CROSS_ENTROPY.build(g, model, g.constant(x), g.constant(y));
        Optimizer adam = new Adam(0.01, 0.9, 0.999, 1e-8, 0);
        List<Parameter> parameters = model.parameters();
        for (int step = 0; step < 300; step++) {
            g.forward();
            g.backward(loss);
            adam.step(parameters);
        }
        List<Float> all = new ArrayList<>();
        for (Parameter p : parameters) for (float v : p.value().floats()) all.add(v);
        float[] weights = new float[all.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = all.get(i);
        return weights;
    }
}
