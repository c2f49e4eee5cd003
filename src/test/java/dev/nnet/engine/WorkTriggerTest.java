package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkTriggerTest {
    /**
     * W1 of PERFORMANCE.md, 4-16-3 on 120 rows: the first layer's product and its weight gradient
     * (the input needs none), the second layer's product, weight gradient and input gradient.
     */
    private static final long IRIS_STEP = 2L * 120 * 4 * 16 + 3L * 120 * 16 * 3;

    @Test
    void aSmallTrainingNeverStartsTheWarmUp() {
        WorkTrigger trigger = new WorkTrigger(VectorWarmup.WORTH_IT);
        for (int step = 0; step < 200; step++) assertFalse(trigger.record(IRIS_STEP), "step " + step);
    }

    @Test
    void aLargeTrainingStartsItWithinItsFirstSteps() {
        WorkTrigger trigger = new WorkTrigger(VectorWarmup.WORTH_IT);
        long fashionStep = 3L * 128 * (784 * 256 + 256 * 128 + 128 * 10); // W3: ~30 million multiply-adds
        int steps = 0;
        while (!trigger.record(fashionStep)) steps++;
        assertTrue(steps > 0 && steps < 469 / 10, "started after " + steps + " steps, a tenth of an epoch is 46");
    }

    @Test
    void itFiresAtTheThresholdAndStaysFired() {
        WorkTrigger trigger = new WorkTrigger(100);
        assertFalse(trigger.record(99));
        assertTrue(trigger.record(1));
        assertTrue(trigger.record(0));
    }
}
