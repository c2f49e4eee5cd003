package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The learning-rate schedules against torch.optim.lr_scheduler, 12 epochs each, base rate 0.1
 * (make_references.py). torch computes some of them by repeated multiplication, so they agree to
 * rounding (1e-12 relative), not bit for bit.
 */
class ScheduleTest {

    private static void check(String name, Schedule schedule, double[] metrics) {
        double[] expected = References.values("schedule." + name);
        for (int epoch = 0; epoch < expected.length; epoch++) {
            double metric = epoch == 0 || metrics == null ? Double.NaN : metrics[epoch - 1];
            assertEquals(expected[epoch], schedule.rate(epoch, metric), 1e-12 * expected[epoch], name + " epoch " + epoch);
        }
    }

    @Test
    void step() {
        check("step", new StepSchedule(0.1, 3, 0.5), null);
    }

    @Test
    void exponential() {
        check("exponential", new ExponentialSchedule(0.1, 0.9), null);
    }

    @Test
    void cosine() {
        check("cosine", new CosineSchedule(0.1, 10, 0.01), null);
    }

    @Test
    void linearWarmup() {
        check("warmup", new WarmupSchedule(0.1, 0.25, 1.0, 4), null);
    }

    @Test
    void reduceOnPlateau() {
        check("plateau", new PlateauSchedule(0.1, 0.5, 2, 1e-2, 1, 0.02), References.values("schedule.plateau.metrics"));
    }

    @Test
    void plateauNeverGoesBelowItsFloorAndWantsEpochsInOrder() {
        PlateauSchedule s = new PlateauSchedule(0.1, 0.1, 0, 0, 0, 0.05);
        double rate = s.rate(0, Double.NaN);
        for (int epoch = 1; epoch < 6; epoch++) rate = s.rate(epoch, 1.0); // never improves
        assertEquals(0.05, rate, 0);
        assertThrows(IllegalStateException.class, () -> s.rate(9, 1.0));
    }

    @Test
    void scheduleDrivesAnOptimizer() {
        Optimizer sgd = new Sgd(0.1, 0, false, 0);
        Schedule s = new StepSchedule(sgd.learningRate(), 1, 0.5);
        sgd.setLearningRate(s.rate(2, Double.NaN));
        assertEquals(0.025, sgd.learningRate(), 0);
    }
}
