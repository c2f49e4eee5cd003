package dev.nnet.engine;

/**
 * Max and average pooling over windows of x [N, C, H, W] (no padding, as torch's MaxPool2d and
 * AvgPool2d with their defaults): the output is [N, C, OH, OW] with OH = (H - KH) / strideH + 1.
 */
final class Pooling {
    private Pooling() {
    }

    static int[] shapeOf(String op, Node x, int kh, int kw, int strideH, int strideW) {
        int[] s = x.value.shape();
        if (s.length != 4) throw new IllegalArgumentException(op + " needs [batch, channels, height, width], got " + Shapes.show(s));
        if (kh < 1 || kw < 1 || strideH < 1 || strideW < 1) throw new IllegalArgumentException(op + " needs windows and strides >= 1");
        if (kh > s[2] || kw > s[3]) {
            throw new IllegalArgumentException(op + ": a " + kh + "x" + kw + " window does not fit a " + s[2] + "x" + s[3] + " image");
        }
        return new int[] {s[0], s[1], (s[2] - kh) / strideH + 1, (s[3] - kw) / strideW + 1};
    }

    /** Shared geometry: for output element o, the flat index of its window's top-left input element. */
    abstract static class Window extends Node {
        final Node x;
        final int kh, kw, strideH, strideW, h, w, oh, ow;

        Window(Graph graph, String op, Node x, int kh, int kw, int strideH, int strideW) {
            super(graph, shapeOf(op, x, kh, kw, strideH, strideW), x);
            this.x = x;
            this.kh = kh;
            this.kw = kw;
            this.strideH = strideH;
            this.strideW = strideW;
            this.h = x.value.dim(2);
            this.w = x.value.dim(3);
            this.oh = value.dim(2);
            this.ow = value.dim(3);
        }

        int corner(int o) {
            int plane = o / (oh * ow), rest = o % (oh * ow);
            return plane * h * w + (rest / ow) * strideH * w + (rest % ow) * strideW;
        }
    }

    /** y = the window's largest element; dx at that element (the first, on ties) += dy. */
    static final class Max extends Window {
        private final int[] argmax;

        Max(Graph graph, Node x, int kh, int kw, int strideH, int strideW) {
            super(graph, "max_pool", x, kh, kw, strideH, strideW);
            this.argmax = new int[value.size()];
        }

        @Override
        void forward() {
            if (value.precision() == Precision.FLOAT32) {
                forwardFloats();
                return;
            }
            Tensor in = x.value;
            for (int o = 0; o < value.size(); o++) {
                int corner = corner(o), best = corner;
                double max = in.get(corner);
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        int k = corner + i * w + j;
                        double v = in.get(k);
                        if (v > max || Double.isNaN(v) && !Double.isNaN(max)) { // NaN wins, as in torch
                            max = v;
                            best = k;
                        }
                    }
                }
                argmax[o] = best;
                value.set(o, max);
            }
        }

        /**
         * The same over the float arrays, in two passes per window: the maximum by Math.max, then the
         * first element equal to it, chosen by selections scanning backwards. Both compile without
         * branches on the data; the one-pass scan's "is this larger" branch was mispredicted about
         * half the time on real activations and cost three times as much. The element chosen, and so
         * the value and the gradient's route, are the one-pass scan's: the first largest (-0 and 0
         * compare equal, so the first of them, as there). A window with a NaN takes the one-pass scan.
         */
        private void forwardFloats() {
            float[] in = x.value.floats(), y = value.floats();
            int[] argmax = this.argmax;
            int kh = this.kh, kw = this.kw, w = this.w, oh = this.oh, ow = this.ow, strideH = this.strideH, strideW = this.strideW;
            int planes = value.size() / (oh * ow), planeSize = h * w;
            for (int plane = 0, o = 0; plane < planes; plane++) {
                int planeBase = plane * planeSize;
                for (int oy = 0; oy < oh; oy++) {
                    int rowBase = planeBase + oy * strideH * w;
                    for (int ox = 0; ox < ow; ox++, o++) {
                        int corner = rowBase + ox * strideW;
                        float max = in[corner];
                        for (int i = 0; i < kh; i++) {
                            for (int j = 0, k = corner + i * w; j < kw; j++, k++) max = Math.max(max, in[k]);
                        }
                        int best = corner;
                        if (max != max) {
                            best = firstNaN(in, corner);
                        } else {
                            for (int i = kh - 1; i >= 0; i--) {
                                for (int j = kw - 1, k = corner + i * w + j; j >= 0; j--, k--) best = in[k] == max ? k : best;
                            }
                        }
                        argmax[o] = best;
                        y[o] = in[best];
                    }
                }
            }
        }

        /** The first NaN of the window at {@code corner}: it wins, as in torch. */
        private int firstNaN(float[] in, int corner) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0, k = corner + i * w; j < kw; j++, k++) if (in[k] != in[k]) return k;
            }
            return corner;
        }

        @Override
        void backward() {
            if (!x.requiresGrad) return;
            if (value.precision() == Precision.FLOAT32) {
                float[] gx = x.grad.floats(), gy = grad.floats();
                for (int o = 0; o < gy.length; o++) gx[argmax[o]] += gy[o];
                return;
            }
            for (int o = 0; o < value.size(); o++) x.grad.set(argmax[o], x.grad.get(argmax[o]) + grad.get(o));
        }

        @Override
        String op() {
            return "max_pool";
        }
    }

    /** y = the window's mean; each element of the window gets dy / (KH KW). */
    static final class Average extends Window {
        Average(Graph graph, Node x, int kh, int kw, int strideH, int strideW) {
            super(graph, "avg_pool", x, kh, kw, strideH, strideW);
        }

        @Override
        void forward() {
            Tensor in = x.value;
            for (int o = 0; o < value.size(); o++) {
                int corner = corner(o);
                double sum = 0;
                for (int i = 0; i < kh; i++) for (int j = 0; j < kw; j++) sum += in.get(corner + i * w + j);
                value.set(o, sum / (kh * kw));
            }
        }

        @Override
        void backward() {
            if (!x.requiresGrad) return;
            for (int o = 0; o < value.size(); o++) {
                int corner = corner(o);
                double share = grad.get(o) / (kh * kw);
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) x.grad.set(corner + i * w + j, x.grad.get(corner + i * w + j) + share);
                }
            }
        }

        @Override
        String op() {
            return "avg_pool";
        }
    }
}
