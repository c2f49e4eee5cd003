package dev.nnet.engine;

/**
 * 2-D convolution (cross-correlation, as torch's conv2d) of x [N, C, H, W] with weights
 * w [F, C, KH, KW] and an optional bias [F], with stride and zero padding: the output is
 * [N, F, OH, OW] with OH = (H + 2 padH - KH) / strideH + 1, and likewise OW.
 *
 * <p>Computed as matrix products (im2col, Chellapilla, Puri and Simard 2006): for each image the
 * patches are laid out as columns, col [C KH KW, OH OW], so that out = W [F, C KH KW] . col.
 * Backward: dW += dOut . col^T, dcol = W^T . dOut folded back onto dx (col2im, adding where
 * patches overlap), db += the sum of dOut over positions. One image at a time keeps the scratch
 * small; col is rebuilt in backward rather than kept for the whole batch.
 */
final class Convolution extends Node {
    private final Node x;
    private final Node w;
    private final Node b; // null without bias
    private final int n, c, h, wd, f, kh, kw, strideH, strideW, padH, padW, oh, ow;
    private final int patch;  // C KH KW
    private final int places; // OH OW
    private final Tensor w2d;      // w seen as [F, patch]
    private final Tensor w2dGrad;  // its gradient, same view (null if w needs none)
    private final Tensor col;      // [patch, places]
    private final Tensor colGrad;  // [patch, places]
    private final Tensor out;      // [F, places], one image
    private final Tensor outGrad;  // [F, places], one image
    private final GemmScratch forwardScratch;
    private final GemmScratch weightScratch;
    private final GemmScratch inputScratch;

    Convolution(Graph graph, Node x, Node w, Node b, int[] stride, int[] padding) {
        super(graph, shapeOf(x, w, b, stride, padding), b == null ? new Node[] {x, w} : new Node[] {x, w, b});
        int[] xs = x.value.shape(), ws = w.value.shape();
        this.x = x;
        this.w = w;
        this.b = b;
        n = xs[0]; c = xs[1]; h = xs[2]; wd = xs[3];
        f = ws[0]; kh = ws[2]; kw = ws[3];
        strideH = stride[0]; strideW = stride[1]; padH = padding[0]; padW = padding[1];
        oh = value.dim(2); ow = value.dim(3);
        patch = c * kh * kw;
        places = oh * ow;
        Precision p = graph.precision();
        w2d = w.value.view(f, patch);
        w2dGrad = w.requiresGrad ? w.grad.view(f, patch) : null;
        col = Tensor.zeros(p, patch, places);
        colGrad = x.requiresGrad ? Tensor.zeros(p, patch, places) : null;
        out = Tensor.zeros(p, f, places);
        outGrad = Tensor.zeros(p, f, places);
        forwardScratch = GemmScratch.of(p, patch, places);
        weightScratch = w.requiresGrad ? GemmScratch.of(p, places, patch) : null;
        inputScratch = x.requiresGrad ? GemmScratch.of(p, f, places) : null;
    }

    private static int[] shapeOf(Node x, Node w, Node b, int[] stride, int[] padding) {
        int[] xs = x.value.shape(), ws = w.value.shape();
        if (xs.length != 4 || ws.length != 4) {
            throw new IllegalArgumentException("conv2d needs input [batch, channels, height, width] and weights "
                    + "[filters, channels, kh, kw], got " + Shapes.show(xs) + " and " + Shapes.show(ws));
        }
        if (xs[1] != ws[1]) {
            throw new IllegalArgumentException("conv2d: the input has " + xs[1] + " channels but the weights expect " + ws[1]);
        }
        if (b != null && b.value.size() != ws[0]) {
            throw new IllegalArgumentException("conv2d: " + ws[0] + " filters but a bias of " + b.value.size());
        }
        if (stride[0] < 1 || stride[1] < 1 || padding[0] < 0 || padding[1] < 0) {
            throw new IllegalArgumentException("conv2d needs strides >= 1 and paddings >= 0");
        }
        int oh = (xs[2] + 2 * padding[0] - ws[2]) / stride[0] + 1;
        int ow = (xs[3] + 2 * padding[1] - ws[3]) / stride[1] + 1;
        if (xs[2] + 2 * padding[0] < ws[2] || xs[3] + 2 * padding[1] < ws[3]) {
            throw new IllegalArgumentException("conv2d: a " + ws[2] + "x" + ws[3] + " kernel does not fit a padded "
                    + (xs[2] + 2 * padding[0]) + "x" + (xs[3] + 2 * padding[1]) + " image");
        }
        return new int[] {xs[0], ws[0], oh, ow};
    }

    /** col[(ch, i, j), (y, x)] = input[image, ch, y stride + i - pad, x stride + j - pad], or 0 in the padding. */
    private void im2col(int image) {
        Tensor in = x.value;
        int row = 0;
        for (int ch = 0; ch < c; ch++) {
            int base = (image * c + ch) * h * wd;
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++, row++) {
                    int at = row * places;
                    for (int y = 0; y < oh; y++) {
                        int iy = y * strideH + i - padH;
                        for (int xx = 0; xx < ow; xx++, at++) {
                            int ix = xx * strideW + j - padW;
                            col.set(at, iy >= 0 && iy < h && ix >= 0 && ix < wd ? in.get(base + iy * wd + ix) : 0);
                        }
                    }
                }
            }
        }
    }

    /** The transpose of im2col: adds colGrad's entries onto the input positions they were read from. */
    private void col2im(int image) {
        Tensor dx = x.grad;
        int row = 0;
        for (int ch = 0; ch < c; ch++) {
            int base = (image * c + ch) * h * wd;
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++, row++) {
                    int at = row * places;
                    for (int y = 0; y < oh; y++) {
                        int iy = y * strideH + i - padH;
                        for (int xx = 0; xx < ow; xx++, at++) {
                            int ix = xx * strideW + j - padW;
                            if (iy >= 0 && iy < h && ix >= 0 && ix < wd) {
                                int k = base + iy * wd + ix;
                                dx.set(k, dx.get(k) + colGrad.get(at));
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    void forward() {
        int size = f * places;
        for (int image = 0; image < n; image++) {
            im2col(image);
            kernels.gemm(false, false, f, patch, places, w2d, col, out, false, forwardScratch);
            for (int k = 0; k < size; k++) {
                value.set(image * size + k, out.get(k) + (b == null ? 0 : b.value.get(k / places)));
            }
        }
    }

    @Override
    void backward() {
        int size = f * places;
        for (int image = 0; image < n; image++) {
            for (int k = 0; k < size; k++) outGrad.set(k, grad.get(image * size + k));
            if (b != null && b.requiresGrad) {
                for (int k = 0; k < size; k++) b.grad.set(k / places, b.grad.get(k / places) + outGrad.get(k));
            }
            if (w.requiresGrad) { // dW[F, patch] += dOut[F, places] . col^T[places, patch]
                im2col(image);
                kernels.gemm(false, true, f, places, patch, outGrad, col, w2dGrad, true, weightScratch);
            }
            if (x.requiresGrad) { // dcol[patch, places] = W^T[patch, F] . dOut[F, places]
                kernels.gemm(true, false, patch, f, places, w2d, outGrad, colGrad, false, inputScratch);
                col2im(image);
            }
        }
    }

    @Override
    String op() {
        return "conv2d";
    }
}
