package dev.nnet.runtime;

/**
 * The text of the live bar, fitted to a width:
 * {@code epoch  3/20 [=========>          ] 12/38  loss 0.4123  0:12 ETA 0:34  850 steps/s}.
 * When the width is short the parts go in this order: the speed, the bar (once it would be
 * shorter than {@link #MIN_BAR}), then the times; what is left is cut at the width. Never longer than {@code width - 1}, so that the terminal
 * does not wrap it (a carriage return could not go back over a wrapped line).
 */
final class BarLine {
    static final int MAX_BAR = 30;
    static final int MIN_BAR = 10;

    private BarLine() {
    }

    /**
     * @param fraction how much of the bar is filled, 0 to 1
     * @param elapsedNanos since the training started; {@code etaNanos} negative when not known yet
     */
    static String render(int width, int epoch, int epochs, int batch, int batches, double fraction, double loss,
                         long elapsedNanos, long etaNanos, double stepsPerSecond) {
        int room = Math.max(1, width - 1);
        StringBuilder head = new StringBuilder("epoch ");
        Decimals.padded(head, epoch, Decimals.digits(epochs)).append('/').append(epochs);
        String count = batches > 1 ? " " + batch + "/" + batches : "";
        StringBuilder lossText = new StringBuilder("  loss ");
        if (Double.isFinite(loss)) Decimals.append(lossText, loss, 4);
        else lossText.append("n/a");
        String times = "  " + clock(elapsedNanos) + " ETA " + (etaNanos < 0 ? "?" : clock(etaNanos));
        StringBuilder speed = new StringBuilder("  ");
        if (stepsPerSecond >= 10 || stepsPerSecond <= 0) speed.append(Math.round(stepsPerSecond));
        else Decimals.append(speed, stepsPerSecond, 1);
        speed.append(" steps/s");
        int fixed = head.length() + count.length() + lossText.length();
        int smallBar = MIN_BAR + 3; // " [" and "]"
        boolean withSpeed = fixed + smallBar + times.length() + speed.length() <= room;
        boolean withBar = withSpeed || fixed + smallBar + times.length() <= room;
        boolean withTimes = withBar || fixed + times.length() <= room;
        int others = fixed + (withTimes ? times.length() : 0) + (withSpeed ? speed.length() : 0);
        StringBuilder line = new StringBuilder(room + 8).append(head);
        if (withBar) bar(line.append(' '), Math.min(MAX_BAR, room - others - 3), fraction);
        line.append(count).append(lossText);
        if (withTimes) line.append(times);
        if (withSpeed) line.append(speed);
        return line.length() > room ? line.substring(0, room) : line.toString();
    }

    private static void bar(StringBuilder to, int width, double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        int full = (int) Math.floor(f * width);
        to.append('[');
        for (int i = 0; i < width; i++) {
            to.append(i < full ? '=' : i == full ? (f >= 1 ? '=' : '>') : ' ');
        }
        to.append(']');
    }

    /** m:ss, or h:mm:ss from an hour. */
    static String clock(long nanos) {
        long s = Math.max(0, nanos / 1_000_000_000L);
        long h = s / 3600, m = s / 60 % 60, sec = s % 60;
        String mmss = (h > 0 && m < 10 ? "0" : "") + m + ":" + (sec < 10 ? "0" : "") + sec;
        return h > 0 ? h + ":" + mmss : mmss;
    }
}
