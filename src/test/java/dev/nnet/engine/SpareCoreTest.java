package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class SpareCoreTest {
    @Test
    void aCoreIsSpareWhenOthersLeaveOne() {
        assertTrue(SpareCore.othersLeaveACore(2, 0.1));
        assertTrue(SpareCore.othersLeaveACore(2, 0.5));
        assertTrue(SpareCore.othersLeaveACore(8, 6.0));
        assertFalse(SpareCore.othersLeaveACore(2, 0.9)); // another process keeps a core busy
        assertFalse(SpareCore.othersLeaveACore(8, 7.0));
        assertFalse(SpareCore.othersLeaveACore(1, 0.0)); // one core: the user's own work needs it
    }

    @Test
    void procStatsFirstLineGivesBusyAndTotalTicks() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertArrayEquals(new long[] {100 + 2 + 30 + 1 + 4 + 5, 100 + 2 + 30 + 400 + 8 + 1 + 4 + 5},
                SpareCore.parse("cpu  100 2 30 400 8 1 4 5 50 0"));
        assertNull(SpareCore.parse("cpu0 1 2 3 4 5"));
    }

    @Test
    void onLinuxTheTicksAreRead() {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "/proc/stat is Linux's");
        long[] ticks = SpareCore.ticks();
        assertTrue(ticks != null && ticks[1] > 0 && ticks[0] >= 0 && ticks[0] <= ticks[1]);
    }
}
