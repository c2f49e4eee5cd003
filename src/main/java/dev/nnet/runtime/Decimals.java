package dev.nnet.runtime;

import java.util.Locale;

/**
 * Numbers with a fixed count of decimals, as {@code String.format("%.4f")} writes them, appended to
 * a builder without the formatter's parsing and allocation: an epoch line is written thousands of
 * times in a run of tiny epochs. A value within a hair of a rounding tie, or too large for a long,
 * goes to the formatter, so that the text is always the formatter's.
 */
final class Decimals {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    private static final String[] FORMATS = {"%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f"};

    private Decimals() {
    }

    /** Appends {@code v} with {@code places} decimals (0 to 6), rounded half up as the formatter does. */
    static StringBuilder append(StringBuilder to, double v, int places) {
        long power = POWERS[places];
        double scaled = Math.abs(v) * power;
        double fraction = scaled - Math.floor(scaled);
        // The formatter rounds the shortest decimal that reads back as v; near a tie that can differ
        // from rounding the binary value, so those few go to it.
        if (!(scaled < 1e15) || Math.abs(fraction - 0.5) < 1e-6 + 8 * Math.ulp(scaled)) {
            return to.append(String.format(Locale.ROOT, FORMATS[places], v));
        }
        long units = (long) Math.floor(scaled + 0.5);
        if (v < 0 || (v == 0 && 1 / v < 0)) to.append('-');
        long whole = units / power;
        to.append(whole);
        if (places == 0) return to;
        to.append('.');
        long rest = units % power;
        for (long p = power / 10; p > 0; p /= 10) {
            to.append((char) ('0' + rest / p));
            rest %= p;
        }
        return to;
    }

    /** Appends {@code n} right-aligned in {@code width} characters, as {@code %Nd} does. */
    static StringBuilder padded(StringBuilder to, int n, int width) {
        int digits = n < 0 ? Integer.toString(n).length() : digits(n);
        for (int i = digits; i < width; i++) to.append(' ');
        return to.append(n);
    }

    static int digits(int n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }
}
