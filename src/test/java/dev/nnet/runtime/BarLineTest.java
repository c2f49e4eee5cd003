package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BarLineTest {
    private static String line(int width) {
        return BarLine.render(width, 3, 20, 12, 38, 12 / 38.0, 0.41234, 12_400_000_000L, 34_000_000_000L, 850.4);
    }

    @Test
    void aWideTerminalShowsEveryPartWithABarOfThirtyColumns() {
        assertEquals("epoch  3/20 [=========>                    ] 12/38  loss 0.4123  0:12 ETA 0:34  850 steps/s",
                line(120));
    }

    @Test
    void everyWidthGetsALineOneColumnShortOfIt() {
        for (int width = 1; width <= 200; width++) {
            String line = line(width);
            assertTrue(line.length() <= Math.max(1, width - 1), width + ": " + line);
            assertTrue(line.startsWith("epoch  3/20".substring(0, Math.min(11, line.length()))), line);
        }
    }

    @Test
    void narrowTerminalsLoseTheSpeedThenTheBarThenTheTimes() {
        String noSpeed = line(71);
        assertFalse(noSpeed.contains("steps/s"), noSpeed);
        assertTrue(noSpeed.contains("ETA 0:34") && noSpeed.contains("[="), noSpeed);
        assertEquals("epoch  3/20 12/38  loss 0.4123  0:12 ETA 0:34", line(55));
        assertEquals("epoch  3/20 12/38  loss 0.4123", line(40));
        assertEquals("epoch  3/20 12/3", line(17));
    }

    @Test
    void oneBatchAnEpochHasNoBatchCountAndAnUnknownEtaSaysSo() {
        String line = BarLine.render(100, 7, 2000, 1, 1, 7 / 2000.0, Double.NaN, 0, -1, 0);
        assertEquals("epoch    7/2000 [>                             ]  loss n/a  0:00 ETA ?  0 steps/s", line);
    }

    @Test
    void clocksReadAsMinutesAndSecondsThenHours() {
        assertEquals("0:05", BarLine.clock(5_900_000_000L));
        assertEquals("2:03", BarLine.clock(123_000_000_000L));
        assertEquals("1:01:01", BarLine.clock(3661_000_000_000L));
    }
}
