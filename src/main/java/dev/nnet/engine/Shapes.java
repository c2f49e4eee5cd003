package dev.nnet.engine;

import java.util.Arrays;

/** Shape arithmetic shared by the operations: NumPy broadcasting and its index maps. */
final class Shapes {
    private Shapes() {
    }

    static String show(int[] shape) {
        return Arrays.toString(shape);
    }

    /**
     * The broadcast shape of a and b under NumPy's rule: align the shapes on the right; two sizes
     * agree when they are equal or one of them is 1; a missing axis counts as 1.
     */
    static int[] broadcast(String op, int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 1; i <= rank; i++) {
            int da = i <= a.length ? a[a.length - i] : 1;
            int db = i <= b.length ? b[b.length - i] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + show(a) + " and " + show(b)
                        + " do not broadcast (axis " + (rank - i) + " of the result has sizes " + da + " and " + db + ")");
            }
            out[rank - i] = da == 1 ? db : da;
        }
        return out;
    }

    /**
     * For each flat index of a tensor of shape {@code out}, the flat index of the element of a
     * tensor of shape {@code in} broadcast to it; null when the shapes are equal (the identity).
     * Built once per node, so that replays only follow the map.
     */
    static int[] indexMap(int[] in, int[] out) {
        if (Arrays.equals(in, out)) return null;
        int rank = out.length;
        int[] inStride = new int[rank]; // 0 along axes that in lacks or has as 1: the broadcast axes
        int stride = 1;
        for (int i = 1; i <= in.length; i++) {
            int d = in[in.length - i];
            inStride[rank - i] = d == 1 ? 0 : stride;
            stride *= d;
        }
        int size = Tensor.sizeOf(out);
        int[] map = new int[size];
        int[] counter = new int[rank];
        int at = 0;
        for (int flat = 0; flat < size; flat++) {
            map[flat] = at;
            for (int axis = rank - 1; axis >= 0; axis--) { // odometer over the output's indices
                counter[axis]++;
                at += inStride[axis];
                if (counter[axis] < out[axis]) break;
                at -= inStride[axis] * counter[axis];
                counter[axis] = 0;
            }
        }
        return map;
    }
}
