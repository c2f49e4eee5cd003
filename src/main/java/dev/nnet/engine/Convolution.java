package dev.nnet.engine;

/**
 * 2-D convolution (cross-correlation, as torch's conv2d) of x [N, C, H, W] with weights
 * w [F, C, KH, KW] and an optional bias [F], with stride and zero padding: the output is
 * [N, F, OH, OW] with OH = (H + 2 padH - KH) / strideH + 1, and likewise OW.
 *
 * <p>Computed as matrix products (im2col, Chellapilla, Puri and Simard 2006) over a chunk of
 * images at once: the patches of G images are laid out as columns, col [C KH KW, G OH OW], so
 * that out [F, G OH OW] = W [F, C KH KW] . col. One product for many images, rather than one per
 * image, gives the matrix kernel long rows to work on (an image of 28 x 28 with 9-element patches
 * is a product too thin to be worth its packing) and enough column panels for two threads.
 * Backward: dW += dOut . col^T (computed as its transpose), dcol = W^T . dOut folded back onto dx (col2im, adding where
 * patches overlap), db += the sum of dOut over positions.
 *
 * <p>G is as many images as keep col under {@link #CHUNK} numbers (at least one image). Each
 * element of dW and db is summed over the images in order, chunk after chunk, so the result does
 * not depend on G; with one chunk, backward reuses the col forward built.
 */
final class Convolution extends Node {
    /**
     * The most numbers col may hold: 512 KB of floats, which stays in a core's L2 cache. The matrix
     * kernel packs a panel of col from k rows that are G OH OW apart; with the whole batch in one
     * chunk (7 MB for 16 channels of 14 x 14 and 128 images) every row lay in another page and the
     * forward product ran at half the speed (measured on the FashionMNIST CNN's second convolution,
     * 1 << 22, 1 << 18 and 1 << 16 numbers: 12-16, 5-9 and 4-6 ms a batch on one thread).
     */
    static final int CHUNK = 1 << 17;

    private final Node x;
    private final Node w;
    private final Node b; // null without bias
    private final int n, c, h, wd, f, kh, kw, strideH, strideW, padH, padW, oh, ow;
    private final int patch;  // C KH KW
    private final int places; // OH OW
    private final int group;  // images per chunk (G)
    private final Tensor w2d;      // w seen as [F, patch]
    private final Tensor w2dGrad;  // its gradient, same view (null if w needs none)
    private final Tensor col;      // [patch, G places]
    private final Tensor colGrad;  // [patch, G places]
    private final Tensor out;      // [F, G places]
    private final Tensor outGrad;  // [F, G places]
    private final Tensor wGradT;   // dW transposed, [patch, F], while a chunk's share is added (null if w needs none)
    private final Products full;   // the products of a chunk of G images
    private final Products tail;   // those of the last, smaller chunk (null when G divides N)
    private boolean colHoldsBatch; // forward left the whole batch's col in place (one chunk)

    /** The scratch of the three products for chunks of {@code images} images. */
    private record Products(GemmScratch forward, GemmScratch weight, GemmScratch input) {
    }

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
        group = imagesPerChunk(n, patch, places);
        Precision p = graph.precision();
        w2d = w.value.view(f, patch);
        w2dGrad = w.requiresGrad ? w.grad.view(f, patch) : null;
        col = Tensor.zeros(p, patch, group * places);
        colGrad = x.requiresGrad ? Tensor.zeros(p, patch, group * places) : null;
        out = Tensor.zeros(p, f, group * places);
        outGrad = Tensor.zeros(p, f, group * places);
        wGradT = w.requiresGrad ? Tensor.zeros(p, patch, f) : null;
        full = products(p, group);
        tail = n % group == 0 ? null : products(p, n % group);
    }

    /** How many images one chunk holds: all of them when their col fits {@link #CHUNK}, else as many as fit (at least one). */
    static int imagesPerChunk(int n, int patch, int places) {
        long perImage = Math.max(1L, (long) patch * places);
        return (int) Math.max(1, Math.min(n, CHUNK / perImage));
    }

    private Products products(Precision p, int images) {
        int cols = images * places;
        return new Products(GemmScratch.of(p, patch, cols), w.requiresGrad ? GemmScratch.of(p, cols, f) : null,
                x.requiresGrad ? GemmScratch.of(p, f, cols) : null);
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

    /**
     * col[(ch, i, j), (g, y, x)] = input[first + g, ch, y strideH + i - padH, x strideW + j - padW],
     * or 0 in the padding, for the {@code images} images from {@code first}; col's rows are
     * {@code images places} long.
     */
    private void im2col(int first, int images) {
        Tensor in = x.value;
        int cols = images * places;
        int row = 0;
        for (int ch = 0; ch < c; ch++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++, row++) {
                    for (int g = 0; g < images; g++) {
                        int base = ((first + g) * c + ch) * h * wd;
                        int at = row * cols + g * places;
                        for (int y = 0; y < oh; y++, at += ow) {
                            int iy = y * strideH + i - padH;
                            if (iy < 0 || iy >= h) {
                                Runs.clear(col, at, ow);
                            } else if (strideW == 1) { // a run of the input row, zeros on either side
                                int from = Math.max(0, padW - j), to = Math.min(ow, wd + padW - j);
                                Runs.clear(col, at, from);
                                if (to > from) Runs.copy(in, base + iy * wd + from + j - padW, col, at + from, to - from);
                                Runs.clear(col, at + Math.max(from, to), ow - Math.max(from, to));
                            } else {
                                for (int xx = 0; xx < ow; xx++) {
                                    int ix = xx * strideW + j - padW;
                                    col.set(at + xx, ix >= 0 && ix < wd ? in.get(base + iy * wd + ix) : 0);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The transpose of im2col: adds colGrad's entries onto the input positions they were read from. */
    private void col2im(int first, int images) {
        Tensor dx = x.grad;
        int cols = images * places;
        int row = 0;
        for (int ch = 0; ch < c; ch++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++, row++) {
                    for (int g = 0; g < images; g++) {
                        int base = ((first + g) * c + ch) * h * wd;
                        int at = row * cols + g * places;
                        for (int y = 0; y < oh; y++, at += ow) {
                            int iy = y * strideH + i - padH;
                            if (iy < 0 || iy >= h) continue;
                            if (strideW == 1) {
                                int from = Math.max(0, padW - j), to = Math.min(ow, wd + padW - j);
                                if (to > from) Runs.add(colGrad, at + from, dx, base + iy * wd + from + j - padW, to - from);
                            } else {
                                for (int xx = 0; xx < ow; xx++) {
                                    int ix = xx * strideW + j - padW;
                                    if (ix >= 0 && ix < wd) {
                                        int k = base + iy * wd + ix;
                                        dx.set(k, dx.get(k) + colGrad.get(at + xx));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    void forward() {
        for (int first = 0; first < n; first += group) {
            int images = Math.min(group, n - first), cols = images * places;
            Products products = images == group ? full : tail;
            im2col(first, images);
            kernels.gemm(false, false, f, patch, cols, w2d, col, out, false, products.forward());
            for (int g = 0; g < images; g++) { // out [F, (g, place)] -> value [image, F, place], plus the bias
                for (int filter = 0; filter < f; filter++) {
                    Runs.copyPlus(out, filter * cols + g * places, value, ((first + g) * f + filter) * places, places,
                            b == null ? 0 : b.value.get(filter));
                }
            }
        }
        colHoldsBatch = group >= n;
    }

    @Override
    void backward() {
        for (int first = 0; first < n; first += group) {
            int images = Math.min(group, n - first), cols = images * places;
            Products products = images == group ? full : tail;
            for (int g = 0; g < images; g++) { // grad [image, F, place] -> outGrad [F, (g, place)]
                for (int filter = 0; filter < f; filter++) {
                    Runs.copy(grad, ((first + g) * f + filter) * places, outGrad, filter * cols + g * places, places);
                }
            }
            if (b != null && b.requiresGrad) { // each filter's sum, image after image as before chunking
                for (int filter = 0; filter < f; filter++) {
                    double total = b.grad.get(filter);
                    for (int g = 0; g < images; g++) total = Runs.sum(outGrad, filter * cols + g * places, places, total);
                    b.grad.set(filter, total);
                }
            }
            if (w.requiresGrad) {
                // dW^T[patch, F] += col[patch, cols] . dOut^T[cols, F]: computed transposed, so that the
                // kernel reads col along its rows and transposes only dOut (F rows) into its panels, not col.
                if (!colHoldsBatch) im2col(first, images);
                transpose(w2dGrad, f, patch, wGradT);
                kernels.gemm(false, true, patch, cols, f, col, outGrad, wGradT, true, products.weight());
                transpose(wGradT, patch, f, w2dGrad);
            }
            if (x.requiresGrad) { // dcol[patch, cols] = W^T[patch, F] . dOut[F, cols]
                kernels.gemm(true, false, patch, f, cols, w2d, outGrad, colGrad, false, products.input());
                col2im(first, images);
            }
        }
    }

    /** to[j, i] = from[i, j] for from [rows, cols]. */
    private static void transpose(Tensor from, int rows, int cols, Tensor to) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) to.set(j * rows + i, from.get(i * cols + j));
        }
    }

    @Override
    String op() {
        return "conv2d";
    }
}
