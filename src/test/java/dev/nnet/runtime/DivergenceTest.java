package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nnet.ast.Span;
import dev.nnet.check.Plan;
import dev.nnet.engine.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a bad gradient is reported: the layer that owns the parameter, as the script wrote it. */
class DivergenceTest {
    private static ModelState model() {
        Plan.Model plan = new Plan.Model("net", List.of(2), List.of(
                new Plan.Dense(4, Plan.Activation.RELU, Double.NaN, null, null, true, new Span(0, 1, 3, 5)),
                new Plan.Dense(1, Plan.Activation.LINEAR, Double.NaN, null, null, true, new Span(2, 3, 4, 5))), null);
        ModelState model = new ModelState(plan, def -> null);
        model.network(0);
        return model;
    }

    @Test
    void aNanInTheSecondDenseGradientNamesThatLayerAndItsLine() {
        ModelState model = model();
        assertNull(Divergence.firstBadGradient(model));
        // Engine layers: dense1, relu, dense2; the origins follow the plan's layers.
        List<Parameter> second = model.network().layers().get(2).parameters();
        second.get(0).grad().floats()[0] = Float.NaN;
        assertEquals("the gradient of `" + second.get(0).name() + "` in the layer `dense(1)` (line 4)",
                Divergence.firstBadGradient(model));
        model.network().layers().get(0).parameters().get(0).grad().floats()[1] = Float.POSITIVE_INFINITY;
        assertEquals("the gradient of `" + model.network().layers().get(0).parameters().get(0).name()
                + "` in the layer `dense(4)` (line 3)", Divergence.firstBadGradient(model));
    }
}
