package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.nnet.ast.Span;
import dev.nnet.check.Plan;
import dev.nnet.engine.Dropout;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworksTest {
    private static final Span AT = new Span(0, 1, 1, 1);

    @Test
    void theDropoutLayersOfAModelShareOneGeneratorSoTheirMasksDiffer() {
        Plan.Model plan = new Plan.Model("net", List.of(4), List.of(
                new Plan.Dense(8, Plan.Activation.RELU, Double.NaN, null, null, true, AT),
                new Plan.Dropout(0.5, AT),
                new Plan.Dense(8, Plan.Activation.RELU, Double.NaN, null, null, true, AT),
                new Plan.Dropout(0.5, AT),
                new Plan.Dense(2, Plan.Activation.SOFTMAX, Double.NaN, null, null, true, AT)), null);
        List<Dropout> dropouts = Networks.build(plan, 7, def -> null).layers().stream()
                .filter(l -> l instanceof Dropout).map(l -> (Dropout) l).toList();
        assertEquals(2, dropouts.size());
        // With a generator each, made from the same seed and purpose, both layers would draw the same masks.
        assertSame(dropouts.get(0).rng(), dropouts.get(1).rng());
    }

    @Test
    void aModelWithOneDropoutLayerDrawsFromTheSeedsDropoutGenerator() {
        Plan.Model plan = new Plan.Model("net", List.of(4), List.of(
                new Plan.Dense(8, Plan.Activation.RELU, Double.NaN, null, null, true, AT),
                new Plan.Dropout(0.5, AT),
                new Plan.Dense(2, Plan.Activation.SOFTMAX, Double.NaN, null, null, true, AT)), null);
        Dropout dropout = Networks.build(plan, 7, def -> null).layers().stream()
                .filter(l -> l instanceof Dropout).map(l -> (Dropout) l).findFirst().orElseThrow();
        assertEquals(dev.nnet.engine.Rng.forPurpose(7, "dropout").nextLong(), dropout.rng().nextLong());
    }
}
