package dev.nnet.engine;

/** The output shape of a pooling layer for one row [channels, height, width]. */
final class PoolShapes {
    private PoolShapes() {
    }

    static int[] output(String op, int[] in, int kh, int kw, int strideH, int strideW) {
        if (in.length != 3) throw new IllegalArgumentException(op + " expects rows of [channels, height, width], got " + Shapes.show(in));
        if (kh > in[1] || kw > in[2]) {
            throw new IllegalArgumentException(op + ": a " + kh + "x" + kw + " window does not fit " + Shapes.show(in));
        }
        return new int[] {in[0], (in[1] - kh) / strideH + 1, (in[2] - kw) / strideW + 1};
    }
}
