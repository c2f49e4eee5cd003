package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpochPacerTest {
    /** The epochs shown when each epoch takes {@code nanosPerEpoch} on a fake clock. */
    private static List<Integer> shown(int epochs, long nanosPerEpoch) {
        EpochPacer pacer = new EpochPacer(epochs);
        List<Integer> shown = new ArrayList<>();
        long now = 0;
        for (int e = 1; e <= epochs; e++) {
            now += nanosPerEpoch;
            if (pacer.due(e, now)) {
                pacer.shown(now);
                shown.add(e);
            }
        }
        return shown;
    }

    @Test
    void everyEpochOfAShortRunIsShown() {
        assertEquals(100, shown(100, 1).size());
        assertEquals(37, shown(37, 0).size());
    }

    @Test
    void thousandsOfFastEpochsShowTheFirstHundredThenAboutAHundredMoreAndTheLast() {
        List<Integer> shown = shown(2000, 10_000); // 10 us an epoch: 20 ms in all
        for (int e = 1; e <= 100; e++) assertTrue(shown.contains(e), "epoch " + e);
        assertEquals(2000, shown.get(shown.size() - 1));
        for (int e : shown) assertTrue(e <= 100 || e % 20 == 0, "epoch " + e + " is not on the stride of 20");
        assertEquals(100 + 95, shown.size(), shown.toString());
        List<Integer> odd = shown(2001, 10_000);
        assertEquals(2001, odd.get(odd.size() - 1), "the last epoch is shown off the stride too");
    }

    @Test
    void slowEpochsAreEachShownEvenPastTheFirstHundred() {
        assertEquals(500, shown(500, 1_500_000_000L).size());
        // Half a second an epoch, every 5th on the stride: a line at least every second (2 epochs), not every epoch.
        List<Integer> shown = shown(500, 500_000_000L);
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i) - shown.get(i - 1) <= 2, "more than a second without a line: " + shown);
        }
        assertTrue(shown.size() < 400, shown.toString());
    }
}
