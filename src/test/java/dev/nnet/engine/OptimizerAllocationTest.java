package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Once its state exists, no optimizer (nor clipping) allocates in a step: training loops stay free of garbage. */
class OptimizerAllocationTest {

    private static Optimizer make(String name) {
        switch (name) {
            case "sgd": return new Sgd(0.1, 0.9, true, 0.01);
            case "adagrad": return new Adagrad(0.1, 0.01, 0.1, 0.1, 1e-8);
            case "rmsprop": return new RmsProp(0.01, 0.9, 1e-6, 0.01, 0.5, true);
            case "adam": return new Adam(0.1, 0.9, 0.999, 1e-8, 0.01);
            case "adamw": return new AdamW(0.1, 0.9, 0.999, 1e-8, 0.01);
            default: return new Rprop(0.01, 0.5, 1.2, 1e-6, 50);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "adagrad", "rmsprop", "adam", "adamw", "rprop"})
    void stepsAllocateNothingOnceWarm(String name) {
        for (Precision precision : Precision.values()) {
            Parameter w = new Parameter("w", Tensor.zeros(precision, 8, 4));
            Parameter b = new Parameter("b", Tensor.zeros(precision, 4));
            List<Parameter> params = List.of(w, b);
            Optimizer optimizer = make(name);
            Runnable step = () -> {
                w.grad().fill(0.5);
                b.grad().fill(-0.25);
                GradientClipping.clipByGlobalNorm(params, 1.0);
                optimizer.step(params);
            };
            step.run(); // the first step allocates the optimizer's state
            long allocated = Allocations.fewestBytesInAWindow(step, 200, 20);
            assertTrue(allocated < 1024, name + " allocated " + allocated + " bytes in 200 steps");
            assertTrue(w.value().get(0) != 0, name + " did not move the weights");
        }
    }
}
