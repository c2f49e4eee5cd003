package dev.nnet.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the machine has a core that no other process is using: the only core the training
 * warm-up may take without slowing what the user waits for. Measured, not guessed: the machine's
 * busy time over a tenth of a second (Linux's /proc/stat) less this process's own. The load
 * average would not do: it is a minute's average, so a run started just after another would see
 * the finished one as still there.
 */
final class SpareCore {
    static final long WINDOW_MILLIS = 100;
    private static final Path STAT = Path.of("/proc/stat");

    private SpareCore() {
    }

    /** Measures for {@link #WINDOW_MILLIS} (blocking the caller), then says; true when it cannot tell. */
    static boolean available() {
        int processors = Runtime.getRuntime().availableProcessors();
        if (processors < 2) return false;
        long[] before = ticks();
        long cpuBefore = processCpuNanos(), wallBefore = System.nanoTime();
        if (before == null || cpuBefore < 0) return true;
        try {
            Thread.sleep(WINDOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        long[] after = ticks();
        long cpuAfter = processCpuNanos(), wallAfter = System.nanoTime();
        if (after == null || after[1] <= before[1]) return true;
        double busyCores = processors * (double) (after[0] - before[0]) / (after[1] - before[1]);
        double ownCores = (double) (cpuAfter - cpuBefore) / (wallAfter - wallBefore);
        return othersLeaveACore(processors, busyCores - ownCores);
    }

    /**
     * With the caller's own thread on one core, another is spare when the other processes use
     * less than half of one beyond the rest ({@code otherCores}: their average use, in cores).
     */
    static boolean othersLeaveACore(int processors, double otherCores) {
        return processors >= 2 && otherCores <= processors - 2 + 0.5;
    }

    /** {busy, total} ticks of all the machine's processors since boot, or null off Linux. */
    static long[] ticks() {
        try {
            String line = Files.readAllLines(STAT).get(0);
            return parse(line);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The first line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...". */
    static long[] parse(String line) {
        String[] f = line.trim().split("\\s+");
        if (!f[0].equals("cpu") || f.length < 5) return null;
        long total = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) total += Long.parseLong(f[i]); // guest time is in user already
        long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0); // idle + iowait
        return new long[] {total - idle, total};
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
