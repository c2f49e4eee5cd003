package dev.nnet.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float matrix product on the Java Vector API: packed operands, a register-blocked
 * micro-kernel and cache blocking (the structure of Goto and van de Geijn 2008, "Anatomy of
 * high-performance matrix multiplication"). The micro-kernel keeps a block of MR = 6 rows x NR = 2
 * vectors of E in 12 vector registers and, for each p, adds L[r, p] * R[p, q] with one fused
 * multiply-add per register (the shape of BLIS's Haswell kernel: with 2 FMA units of latency 4, at
 * least 8 independent accumulators keep them busy, and 12 + 2 + 1 registers fit AVX2's 16). Its
 * loop runs on the packed-left index itself, bounds checked once before it: that is what lets
 * Java 17's JIT drop the checks of the scalar loads (with an index computed from a counter two
 * compares stayed among the 12 multiply-adds, and unrolling over p made the JIT spill
 * accumulators: both ran 20-50% slower here).
 *
 * <p>Operands are packed once per call: L into blocks of MR rows, p-major, and R into panels of
 * NR columns, p-major, both zero-padded at the edges, so the inner loop reads contiguous memory
 * whatever the transposes. The panels are computed in groups of {@link #GROUP}, each group in
 * depth chunks of at most {@link #KC}, each chunk in row chunks of {@link #MC_BLOCKS} blocks: a
 * panel's depth slice (16 KB) stays in L1 while the blocks of a row chunk stream past it, and the
 * row chunk's slice of L stays in L2 for the group's panels. A narrow output (m below one panel,
 * such as 10 classes) is computed transposed, E = C^T = op(B)^T op(A)^T, so that the vector lanes
 * run along C's rows: a kernel tuned for wide outputs would otherwise fall back to scalar code there.
 *
 * <p>Each E[r, q] starts from C (or 0) and takes fma(L[r, p], R[p, q], .) for p = 0..k-1 in
 * order, as {@link PlainFloatGemm} does: the two give the same bits (a depth chunk resumes from
 * the sums the previous one stored). Large products share their groups of panels between two
 * threads ({@link GemmWorker}); a group's elements are all summed by one thread.
 */
final class VectorFloatGemm extends FloatGemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int VL = S.length();
    private static final int MR = 6;
    private static final int NR = 2 * VL;
    /** Below this many multiply-adds the plain loops win: packing and tiles cost more than they save. */
    private static final long SMALL = 2048;
    /**
     * Products narrower than a panel both ways go to the plain loops, unless their depth k exceeds
     * this: the plain narrow path transposes op(A) into k rows, which for the weight gradient of a
     * convolution (k = batch x positions, 100,000 and more) costs far more than padding a panel.
     */
    private static final int DEEP = 512;
    /**
     * The depth of one pass over a panel: a panel's KC x NR slice of R (16 KB) stays in the 32 KB
     * L1 while every row block of the chunk below streams past it.
     */
    private static final int KC = 256;
    /** Row blocks per chunk: a chunk's rows of L over one depth pass (MC_BLOCKS x MR x KC floats, 384 KB) stay in the 1 MB L2. */
    private static final int MC_BLOCKS = 64;
    /** Panels per unit of work (a group): the group's panels of R are packed together and each L chunk is read once per group. */
    private static final int GROUP = 4;
    /**
     * Up to this depth, whole blocks of a left operand whose rows are contiguous are read where
     * they are rather than packed: with so few terms per element, copying L costs as much as the
     * multiply-adds that use it (in a 120 x 4 x 16 product, packing was a quarter of the time).
     * (At 32, VectorWarmup's shapes, k of 20 to 32, reach both this kernel and the packed one.)
     */
    static final int DIRECT_DEPTH = 32;
    /** Below this many flops a second thread costs more in hand-off than it saves. */
    static final long PARALLEL_FLOPS = 4_000_000;

    @Override
    String name() {
        return "Vector API, " + S.vectorBitSize() + "-bit vectors, " + MR + " x " + NR + " register block";
    }

    @Override
    void gemm(boolean transA, boolean transB, int n, int k, int m, float[] a, float[] b, float[] c, boolean accumulate,
              GemmScratch scratch) {
        if ((long) n * k * m < SMALL || Math.max(n, m) < NR && k <= DEEP || k == 0) {
            PLAIN.gemm(transA, transB, n, k, m, a, b, c, accumulate, scratch);
            return;
        }
        GemmTask t = scratch.task;
        t.gemm = this;
        t.k = k;
        t.m = m;
        t.c = c;
        t.accumulate = accumulate;
        t.flip = m < NR && n > m;
        if (!t.flip) { // E = C: L = op(A), R = op(B)
            t.rows = n;
            t.cols = m;
            t.left = a;
            t.leftRowStride = transA ? 1 : k;
            t.leftDepthStride = transA ? n : 1;
            t.right = b;
            t.rightDepthStride = transB ? 1 : m;
            t.rightColStride = transB ? k : 1;
        } else { // E = C^T: L = op(B)^T, R = op(A)^T
            t.rows = m;
            t.cols = n;
            t.left = b;
            t.leftRowStride = transB ? k : 1;
            t.leftDepthStride = transB ? 1 : m;
            t.right = a;
            t.rightDepthStride = transA ? n : 1;
            t.rightColStride = transA ? 1 : k;
        }
        int blocks = (t.rows + MR - 1) / MR;
        int panels = (t.cols + NR - 1) / NR;
        t.packedLeft = scratch.packedLeft(blocks * MR * k);
        t.packedRight = scratch.packedRight(panels * NR * k);
        if (t.tiles[0] == null) {
            t.tiles[0] = new float[MR * NR];
            t.tiles[1] = new float[MR * NR];
        }
        t.directLeft = t.leftDepthStride == 1 && k <= DIRECT_DEPTH;
        packLeft(t, blocks);
        t.groupPanels = Math.max(1, Math.min(GROUP, panels / 2)); // at least two groups whenever there are two panels
        int groups = (panels + t.groupPanels - 1) / t.groupPanels;
        if (groups >= 2 && 2L * n * k * m >= PARALLEL_FLOPS && EngineThreads.count() > 1 && GemmWorker.tryTake()) {
            GemmWorker.run(t, groups);
        } else {
            panels(t, 0, groups, 0);
        }
    }

    /** L into blocks of MR rows: block b holds, for each p, L[bMR .. bMR + MR - 1, p] (zeros past the last row). */
    private static void packLeft(GemmTask t, int blocks) {
        float[] lp = t.packedLeft, left = t.left;
        int k = t.k, rs = t.leftRowStride, ds = t.leftDepthStride, rows = t.rows, at = 0;
        int full = rows / MR;
        if (t.directLeft) { // whole blocks are read in place: pack the cut block only
            at = full * MR * k;
        } else if (ds == 1) { // whole blocks of rows of L: p, the loop's own variable, indexes all six
            for (int block = 0; block < full; block++) {
                int o0 = block * MR * rs, o1 = o0 + rs, o2 = o1 + rs, o3 = o2 + rs, o4 = o3 + rs, o5 = o4 + rs;
                for (int p = 0; p < k; p++, at += MR) {
                    lp[at] = left[o0 + p];
                    lp[at + 1] = left[o1 + p];
                    lp[at + 2] = left[o2 + p];
                    lp[at + 3] = left[o3 + p];
                    lp[at + 4] = left[o4 + p];
                    lp[at + 5] = left[o5 + p];
                }
            }
        } else if (rs == 1) {
            // Columns of L (a transposed operand): the six values of each p are adjacent, copied as one
            // vector whose two extra lanes the next p overwrites (the last p, whose vector could run
            // past either array, one by one).
            for (int block = 0; block < full; block++) {
                int o = block * MR, end = at + (k - 1) * MR;
                for (; at < end; at += MR, o += ds) FloatVector.fromArray(S, left, o).intoArray(lp, at);
                for (int rr = 0; rr < MR; rr++) lp[at + rr] = left[o + rr];
                at += MR;
            }
        } else { // whole blocks, any strides
            for (int block = 0; block < full; block++) {
                int o0 = block * MR * rs, o1 = o0 + rs, o2 = o1 + rs, o3 = o2 + rs, o4 = o3 + rs, o5 = o4 + rs;
                for (int p = 0, o = 0; p < k; p++, o += ds, at += MR) {
                    lp[at] = left[o0 + o];
                    lp[at + 1] = left[o1 + o];
                    lp[at + 2] = left[o2 + o];
                    lp[at + 3] = left[o3 + o];
                    lp[at + 4] = left[o4 + o];
                    lp[at + 5] = left[o5 + o];
                }
            }
        }
        for (int block = full; block < blocks; block++) { // the last, cut block
            int r0 = block * MR;
            for (int p = 0; p < k; p++) {
                for (int rr = 0; rr < MR; rr++, at++) {
                    int r = r0 + rr;
                    lp[at] = r < rows ? left[r * rs + p * ds] : 0f;
                }
            }
        }
    }

    /** Panel {@code panel} of R: for each p, R[p, q0 .. q0 + NR - 1] (zeros past the last column). */
    private static void packRight(GemmTask t, int panel) {
        float[] rp = t.packedRight, right = t.right;
        int k = t.k, ds = t.rightDepthStride, cs = t.rightColStride, q0 = panel * NR;
        int width = Math.min(NR, t.cols - q0);
        int start = panel * NR * k;
        if (cs == 1) { // rows of R are contiguous: copy them
            for (int p = 0, at = start; p < k; p++, at += NR) {
                int base = p * ds + q0;
                if (width == NR) { // two vectors: System.arraycopy of 16 floats costs several times more
                    FloatVector.fromArray(S, right, base).intoArray(rp, at);
                    FloatVector.fromArray(S, right, base + VL).intoArray(rp, at + VL);
                } else {
                    for (int qq = 0; qq < NR; qq++) rp[at + qq] = qq < width ? right[base + qq] : 0f;
                }
            }
        } else { // columns of R are contiguous (a transposed operand): read down each column
            for (int qq = 0; qq < NR; qq++) {
                int base = (q0 + qq) * cs;
                if (qq < width) {
                    for (int p = 0, at = start + qq; p < k; p++, at += NR) rp[at] = right[base + p * ds];
                } else {
                    for (int p = 0, at = start + qq; p < k; p++, at += NR) rp[at] = 0f;
                }
            }
        }
    }

    /**
     * Computes groups [from, to) of panels (see {@link #GROUP}). Within a group the loops run, from
     * the outside in: depth chunks of KC, chunks of MC_BLOCKS row blocks, panels, row blocks (Goto
     * and van de Geijn's order): a panel's depth slice is reused from L1 by every block of a row
     * chunk, and a row chunk's depth slice from L2 by every panel of the group. Each element of E
     * still takes its terms in order p = 0..k-1: a chunk resumes from the sums the previous one stored.
     */
    @Override
    void panels(GemmTask t, int from, int to, int worker) {
        int blocks = (t.rows + MR - 1) / MR;
        int panels = (t.cols + NR - 1) / NR;
        int k = t.k;
        int chunks = (k + KC - 1) / KC;
        int kc = (k + chunks - 1) / chunks; // even chunks: 784 is 4 x 196, not 3 x 256 + 16
        float[] tile = t.tiles[worker];
        for (int group = from; group < to; group++) {
            int firstPanel = group * t.groupPanels, endPanel = Math.min(panels, firstPanel + t.groupPanels);
            for (int panel = firstPanel; panel < endPanel; panel++) packRight(t, panel);
            for (int d0 = 0; d0 < k; d0 += kc) {
                int depth = Math.min(kc, k - d0);
                boolean load = t.accumulate || d0 > 0;
                for (int b0 = 0; b0 < blocks; b0 += MC_BLOCKS) {
                    int b1 = Math.min(blocks, b0 + MC_BLOCKS);
                    for (int panel = firstPanel; panel < endPanel; panel++) {
                        int q0 = panel * NR;
                        int width = Math.min(NR, t.cols - q0);
                        for (int block = b0; block < b1; block++) {
                            int r0 = block * MR;
                            int height = Math.min(MR, t.rows - r0);
                            if (!t.flip && height == MR && width == NR) { // C's rows read and written in place
                                kernel(t, block, panel, d0, depth, t.c, r0 * t.m + q0, t.m, load);
                            } else {
                                edge(t, block, panel, d0, depth, load, r0, q0, height, width, tile);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Any other block (flipped, or cut by an edge): the same kernel through a tile, copied to and from C. */
    private static void edge(GemmTask t, int block, int panel, int d0, int depth, boolean load, int r0, int q0, int height,
                             int width, float[] tile) {
        float[] c = t.c;
        if (!t.flip && width == NR) { // only rows are missing (the last block of an unflipped product): whole vector rows
            for (int rr = 0; rr < MR; rr++) {
                if (load && rr < height) {
                    FloatVector.fromArray(S, c, (r0 + rr) * t.m + q0).intoArray(tile, rr * NR);
                    FloatVector.fromArray(S, c, (r0 + rr) * t.m + q0 + VL).intoArray(tile, rr * NR + VL);
                } else {
                    FloatVector.zero(S).intoArray(tile, rr * NR);
                    FloatVector.zero(S).intoArray(tile, rr * NR + VL);
                }
            }
            kernel(t, block, panel, d0, depth, tile, 0, NR, true);
            for (int rr = 0; rr < height; rr++) {
                FloatVector.fromArray(S, tile, rr * NR).intoArray(c, (r0 + rr) * t.m + q0);
                FloatVector.fromArray(S, tile, rr * NR + VL).intoArray(c, (r0 + rr) * t.m + q0 + VL);
            }
            return;
        }
        if (t.flip) { // E[r, q] is C[q, r]: row q of C holds E's column q, so the tile is read and written across
            int m = t.m;
            if (!load || height < MR || width < NR) {
                for (int i = 0; i < MR * NR; i += VL) FloatVector.zero(S).intoArray(tile, i);
            }
            if (load) {
                for (int qq = 0, at = q0 * m + r0; qq < width; qq++, at += m) {
                    for (int rr = 0; rr < height; rr++) tile[rr * NR + qq] = c[at + rr];
                }
            }
            kernel(t, block, panel, d0, depth, tile, 0, NR, true);
            for (int qq = 0, at = q0 * m + r0; qq < width; qq++, at += m) {
                for (int rr = 0; rr < height; rr++) c[at + rr] = tile[rr * NR + qq];
            }
            return;
        }
        for (int rr = 0; rr < MR; rr++) {
            for (int qq = 0; qq < NR; qq++) {
                tile[rr * NR + qq] = load && rr < height && qq < width ? c[t.at(r0 + rr, q0 + qq)] : 0f;
            }
        }
        kernel(t, block, panel, d0, depth, tile, 0, NR, true);
        for (int rr = 0; rr < height; rr++) {
            for (int qq = 0; qq < width; qq++) c[t.at(r0 + rr, q0 + qq)] = tile[rr * NR + qq];
        }
    }

    /** The micro-kernel for a block of E: on the packed block of L, or on L's rows in place when they are not packed. */
    private static void kernel(GemmTask t, int block, int panel, int d0, int depth, float[] out, int base, int stride,
                               boolean load) {
        if (t.directLeft && block < t.rows / MR) {
            direct(t, block * MR * t.leftRowStride, panel, depth, out, base, stride, load);
        } else {
            block(t, block, panel, d0, depth, out, base, stride, load);
        }
    }

    /**
     * The micro-kernel on six contiguous rows of L in place, starting at left[o0] and rs apart, for
     * a shallow product (k at most DIRECT_DEPTH, so a single depth chunk): the same multiply-adds
     * in the same order as {@link #block}.
     */
    private static void direct(GemmTask t, int o0, int panel, int depth, float[] out, int base, int stride, boolean load) {
        int rs = t.leftRowStride, o1 = o0 + rs, o2 = o1 + rs, o3 = o2 + rs, o4 = o3 + rs, o5 = o4 + rs;
        int c0 = base, c1 = c0 + stride, c2 = c1 + stride, c3 = c2 + stride, c4 = c3 + stride, c5 = c4 + stride;
        FloatVector s00, s01, s10, s11, s20, s21, s30, s31, s40, s41, s50, s51;
        if (load) {
            s00 = FloatVector.fromArray(S, out, c0);
            s01 = FloatVector.fromArray(S, out, c0 + VL);
            s10 = FloatVector.fromArray(S, out, c1);
            s11 = FloatVector.fromArray(S, out, c1 + VL);
            s20 = FloatVector.fromArray(S, out, c2);
            s21 = FloatVector.fromArray(S, out, c2 + VL);
            s30 = FloatVector.fromArray(S, out, c3);
            s31 = FloatVector.fromArray(S, out, c3 + VL);
            s40 = FloatVector.fromArray(S, out, c4);
            s41 = FloatVector.fromArray(S, out, c4 + VL);
            s50 = FloatVector.fromArray(S, out, c5);
            s51 = FloatVector.fromArray(S, out, c5 + VL);
        } else {
            FloatVector zero = FloatVector.zero(S);
            s00 = zero; s01 = zero; s10 = zero; s11 = zero; s20 = zero; s21 = zero;
            s30 = zero; s31 = zero; s40 = zero; s41 = zero; s50 = zero; s51 = zero;
        }
        float[] left = t.left, rp = t.packedRight;
        for (int p = 0, r = panel * NR * t.k; p < depth; p++, r += NR) {
            FloatVector b0 = FloatVector.fromArray(S, rp, r);
            FloatVector b1 = FloatVector.fromArray(S, rp, r + VL);
            FloatVector a = FloatVector.broadcast(S, left[o0 + p]);
            s00 = a.fma(b0, s00);
            s01 = a.fma(b1, s01);
            a = FloatVector.broadcast(S, left[o1 + p]);
            s10 = a.fma(b0, s10);
            s11 = a.fma(b1, s11);
            a = FloatVector.broadcast(S, left[o2 + p]);
            s20 = a.fma(b0, s20);
            s21 = a.fma(b1, s21);
            a = FloatVector.broadcast(S, left[o3 + p]);
            s30 = a.fma(b0, s30);
            s31 = a.fma(b1, s31);
            a = FloatVector.broadcast(S, left[o4 + p]);
            s40 = a.fma(b0, s40);
            s41 = a.fma(b1, s41);
            a = FloatVector.broadcast(S, left[o5 + p]);
            s50 = a.fma(b0, s50);
            s51 = a.fma(b1, s51);
        }
        s00.intoArray(out, c0);
        s01.intoArray(out, c0 + VL);
        s10.intoArray(out, c1);
        s11.intoArray(out, c1 + VL);
        s20.intoArray(out, c2);
        s21.intoArray(out, c2 + VL);
        s30.intoArray(out, c3);
        s31.intoArray(out, c3 + VL);
        s40.intoArray(out, c4);
        s41.intoArray(out, c4 + VL);
        s50.intoArray(out, c5);
        s51.intoArray(out, c5 + VL);
    }

    /**
     * The micro-kernel: the MR x NR block of E whose row rr lives at out[base + rr * stride ...]
     * (starting from those values when {@code load}, from zero otherwise) gets
     * fma(L[r, p], R[p, q], .) for p = d0 .. d0 + depth - 1 in order, with 12 accumulators in
     * registers (AVX2 has 16).
     */
    private static void block(GemmTask t, int block, int panel, int d0, int depth, float[] out, int base, int stride,
                              boolean load) {
        int o0 = base, o1 = o0 + stride, o2 = o1 + stride, o3 = o2 + stride, o4 = o3 + stride, o5 = o4 + stride;
        FloatVector s00, s01, s10, s11, s20, s21, s30, s31, s40, s41, s50, s51;
        if (load) {
            s00 = FloatVector.fromArray(S, out, o0);
            s01 = FloatVector.fromArray(S, out, o0 + VL);
            s10 = FloatVector.fromArray(S, out, o1);
            s11 = FloatVector.fromArray(S, out, o1 + VL);
            s20 = FloatVector.fromArray(S, out, o2);
            s21 = FloatVector.fromArray(S, out, o2 + VL);
            s30 = FloatVector.fromArray(S, out, o3);
            s31 = FloatVector.fromArray(S, out, o3 + VL);
            s40 = FloatVector.fromArray(S, out, o4);
            s41 = FloatVector.fromArray(S, out, o4 + VL);
            s50 = FloatVector.fromArray(S, out, o5);
            s51 = FloatVector.fromArray(S, out, o5 + VL);
        } else {
            FloatVector zero = FloatVector.zero(S);
            s00 = zero; s01 = zero; s10 = zero; s11 = zero; s20 = zero; s21 = zero;
            s30 = zero; s31 = zero; s40 = zero; s41 = zero; s50 = zero; s51 = zero;
        }
        float[] lp = t.packedLeft, rp = t.packedRight;
        int k = t.k;
        int lBase = (block * k + d0) * MR, rBase = (panel * k + d0) * NR, lEnd = lBase + MR * depth;
        // Checked once here, so that the JIT can drop the checks of the loop's scalar loads: it does
        // for an index that is the loop's own variable (l), not for one computed from a counter
        // (l = lBase + p * MR left two compares and jumps among the 12 multiply-adds, ~25% slower).
        if (lBase < 0 || rBase < 0 || lEnd > lp.length || rBase + (long) NR * depth > rp.length) {
            throw new IndexOutOfBoundsException("packed block " + block + ", panel " + panel);
        }
        for (int l = lBase, r = rBase; l < lEnd; l += MR, r += NR) {
            FloatVector b0 = FloatVector.fromArray(S, rp, r);
            FloatVector b1 = FloatVector.fromArray(S, rp, r + VL);
            FloatVector a = FloatVector.broadcast(S, lp[l]);
            s00 = a.fma(b0, s00);
            s01 = a.fma(b1, s01);
            a = FloatVector.broadcast(S, lp[l + 1]);
            s10 = a.fma(b0, s10);
            s11 = a.fma(b1, s11);
            a = FloatVector.broadcast(S, lp[l + 2]);
            s20 = a.fma(b0, s20);
            s21 = a.fma(b1, s21);
            a = FloatVector.broadcast(S, lp[l + 3]);
            s30 = a.fma(b0, s30);
            s31 = a.fma(b1, s31);
            a = FloatVector.broadcast(S, lp[l + 4]);
            s40 = a.fma(b0, s40);
            s41 = a.fma(b1, s41);
            a = FloatVector.broadcast(S, lp[l + 5]);
            s50 = a.fma(b0, s50);
            s51 = a.fma(b1, s51);
        }
        s00.intoArray(out, o0);
        s01.intoArray(out, o0 + VL);
        s10.intoArray(out, o1);
        s11.intoArray(out, o1 + VL);
        s20.intoArray(out, o2);
        s21.intoArray(out, o2 + VL);
        s30.intoArray(out, o3);
        s31.intoArray(out, o3 + VL);
        s40.intoArray(out, o4);
        s41.intoArray(out, o4 + VL);
        s50.intoArray(out, o5);
        s51.intoArray(out, o5 + VL);
    }
}
