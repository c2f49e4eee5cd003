package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training gives bit-identical weights with 1 and 2 engine threads: the thread count changes speed only. */
class ThreadDeterminismTest {

    private static List<float[]> train(int threads) {
        int before = EngineThreads.count();
        EngineThreads.setCount(threads);
        try {
            Rng init = Rng.forPurpose(5, "init");
            Precision p = Precision.FLOAT32;
            // Wide enough that its products pass the two-thread threshold: 2 * 128 * 300 * 256 = 19.7 MFLOP.
            Sequential model = new Sequential(List.of(
                    new Dense("h1", 300, 256, Initializer.HE_UNIFORM, true, p, init),
                    new ActivationLayer(Activation.RELU),
                    new Dense("h2", 256, 256, Initializer.HE_UNIFORM, true, p, init),
                    new ActivationLayer(Activation.TANH),
                    new Dense("out", 256, 10, Initializer.XAVIER_UNIFORM, true, p, init)));
            Rng data = new Rng(6);
            Tensor x = Tensor.zeros(p, 128, 300);
            Tensor y = Tensor.zeros(p, 128, 10);
            Graph g = new Graph(p);
            Node loss = Loss.CROSS_ENTROPY.build(g, model, g.constant(x), g.constant(y));
            Optimizer adam = new Adam(1e-3, 0.9, 0.999, 1e-8, 0);
            for (int step = 0; step < 4; step++) {
                for (int i = 0; i < x.size(); i++) x.set(i, data.nextGaussian());
                y.fill(0);
                for (int r = 0; r < 128; r++) y.set(r * 10 + data.nextInt(10), 1);
                g.forward();
                g.backward(loss);
                adam.step(model.parameters());
            }
            List<float[]> weights = new ArrayList<>();
            for (Parameter param : model.parameters()) weights.add(param.value().floats().clone());
            return weights;
        } finally {
            EngineThreads.setCount(before);
        }
    }

    @Test
    void weightsAfterTrainingAreBitIdenticalWithOneAndTwoThreads() {
        VectorWarmup.await(); // until then products run on the plain kernel, on one thread
        long sharedBefore = GemmWorker.productsShared;
        List<float[]> one = train(1);
        assertEquals(sharedBefore, GemmWorker.productsShared, "one thread must not share products with the worker");
        List<float[]> two = train(2);
        // Shared, not necessarily split: a worker the system keeps waiting leaves all panels to the caller.
        assertTrue(GemmWorker.productsShared > sharedBefore, "two threads must have shared products with the worker");
        for (int i = 0; i < one.size(); i++) assertArrayEquals(one.get(i), two.get(i), "parameter " + i);
    }
}
