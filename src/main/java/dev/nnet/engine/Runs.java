package dev.nnet.engine;

import java.util.Arrays;

/**
 * Contiguous runs of a tensor's backing array, copied, cleared or added in one call whatever the
 * precision: the layout code of the convolution works in runs (a row of an image, a plane of an
 * output) rather than element by element through {@link Tensor#get}, which the JIT does not
 * vectorise.
 */
final class Runs {
    private Runs() {
    }

    /** dst[to .. to + len) = src[from .. from + len); both tensors of one precision. */
    static void copy(Tensor src, int from, Tensor dst, int to, int len) {
        if (src.precision() == Precision.FLOAT32) System.arraycopy(src.floats(), from, dst.floats(), to, len);
        else System.arraycopy(src.doubles(), from, dst.doubles(), to, len);
    }

    /** t[from .. from + len) = 0. */
    static void clear(Tensor t, int from, int len) {
        if (len <= 0) return;
        if (t.precision() == Precision.FLOAT32) Arrays.fill(t.floats(), from, from + len, 0f);
        else Arrays.fill(t.doubles(), from, from + len, 0.0);
    }

    /** dst[to + i] += src[from + i] for i < len. */
    static void add(Tensor src, int from, Tensor dst, int to, int len) {
        if (src.precision() == Precision.FLOAT32) {
            float[] s = src.floats(), d = dst.floats();
            for (int i = 0; i < len; i++) d[to + i] += s[from + i];
        } else {
            double[] s = src.doubles(), d = dst.doubles();
            for (int i = 0; i < len; i++) d[to + i] += s[from + i];
        }
    }

    /** dst[to + i] = src[from + i] + v for i < len. */
    static void copyPlus(Tensor src, int from, Tensor dst, int to, int len, double v) {
        if (src.precision() == Precision.FLOAT32) {
            float[] s = src.floats(), d = dst.floats();
            float c = (float) v;
            for (int i = 0; i < len; i++) d[to + i] = s[from + i] + c;
        } else {
            double[] s = src.doubles(), d = dst.doubles();
            for (int i = 0; i < len; i++) d[to + i] = s[from + i] + v;
        }
    }

    /** start + t[from] + t[from + 1] + ... + t[from + len - 1], added left to right in t's precision. */
    static double sum(Tensor t, int from, int len, double start) {
        if (t.precision() == Precision.FLOAT32) {
            float[] s = t.floats();
            float total = (float) start;
            for (int i = 0; i < len; i++) total += s[from + i];
            return total;
        }
        double[] s = t.doubles();
        double total = start;
        for (int i = 0; i < len; i++) total += s[from + i];
        return total;
    }
}
