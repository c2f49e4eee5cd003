package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Vector API product against the plain one, bit for bit, and both against the definition:
 * every transpose, narrow and wide outputs, edges that cut the register blocks, accumulation,
 * and one and two threads. Surefire adds the incubator module, so the Vector API kernel must be
 * the one selected here.
 */
class FloatGemmTest {
    /** Sizes around the block edges (vectors of up to 16 floats, blocks of 4 rows, panels of 2 vectors). */
    private static final int[][] SIZES = {
        {1, 1, 1}, {4, 3, 32}, {5, 7, 33}, {17, 64, 10}, {128, 40, 10}, {33, 19, 65}, {64, 64, 64},
        {128, 100, 3}, {3, 50, 128}, {16, 16, 16}, {31, 129, 47}, {200, 30, 200}, {10, 300, 12},
        // Depth chunks (k above 256: passes of 129 + 128, 3 x 200, 2 x 257), more than one chunk of row
        // blocks (n above 384), groups of panels (m of 9 panels and a cut one), narrow outputs in chunks.
        {7, 257, 33}, {20, 600, 70}, {390, 260, 149}, {130, 520, 10}, {12, 700, 5}, {45, 514, 161},
        // Shallow products whose left rows are read in place (k up to 32), with cut blocks and panels.
        {120, 4, 16}, {37, 9, 40}, {100, 16, 10}, {64, 1, 64}, {61, 32, 50}, {50, 33, 40},
    };

    private static float[] random(long seed, int size) {
        Rng rng = new Rng(seed);
        float[] v = new float[size];
        for (int i = 0; i < size; i++) v[i] = (float) (2 * rng.nextDouble() - 1);
        return v;
    }

    /** fma(a, b, s) over p in order: the contract both kernels must meet exactly. */
    private static float[] reference(boolean transA, boolean transB, int n, int k, int m, float[] a, float[] b, float[] c,
                                     boolean accumulate) {
        float[] out = new float[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                float s = accumulate ? c[i * m + j] : 0f;
                for (int p = 0; p < k; p++) {
                    s = Math.fma(transA ? a[p * n + i] : a[i * k + p], transB ? b[j * k + p] : b[p * m + j], s);
                }
                out[i * m + j] = s;
            }
        }
        return out;
    }

    @Test
    void theVectorKernelIsSelectedUnderSurefire() {
        assertNotNull(FloatGemm.VECTOR, "surefire runs with --add-modules jdk.incubator.vector");
        assertEquals(FloatGemm.VECTOR, FloatGemm.SELECTED);
        assertTrue(FloatGemm.describe().startsWith("Vector API"), FloatGemm.describe());
    }

    @Test
    void bothKernelsFollowTheContractBitForBit() {
        long seed = 1;
        for (int[] size : SIZES) {
            int n = size[0], k = size[1], m = size[2];
            for (boolean transA : new boolean[] {false, true}) {
                for (boolean transB : new boolean[] {false, true}) {
                    for (boolean accumulate : new boolean[] {false, true}) {
                        float[] a = random(seed++, n * k), b = random(seed++, k * m), c0 = random(seed++, n * m);
                        float[] expected = reference(transA, transB, n, k, m, a, b, c0, accumulate);
                        String what = n + "x" + k + "x" + m + " transA " + transA + " transB " + transB + " accumulate " + accumulate;
                        for (FloatGemm gemm : new FloatGemm[] {FloatGemm.PLAIN, FloatGemm.VECTOR}) {
                            float[] c = c0.clone();
                            GemmScratch scratch = GemmScratch.of(Precision.FLOAT32, k, m);
                            gemm.gemm(transA, transB, n, k, m, a, b, c, accumulate, scratch);
                            assertArrayEquals(expected, c, gemm.name() + " " + what);
                            c = c0.clone();
                            gemm.gemm(transA, transB, n, k, m, a, b, c, accumulate, scratch); // reusing the scratch
                            assertArrayEquals(expected, c, gemm.name() + " again " + what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void twoThreadsGiveTheSameBitsAsOne() {
        // 2 n k m above the threshold for a second thread: 16 panels in groups of 4; 13 panels (the
        // last cut) in 3 depth chunks; a narrow output computed transposed, 9 panels in groups of 4.
        twoThreadsGiveTheSameBitsAsOne(128, 300, 256, 11);
        twoThreadsGiveTheSameBitsAsOne(70, 600, 200, 21);
        twoThreadsGiveTheSameBitsAsOne(140, 2000, 10, 31);
    }

    private static void twoThreadsGiveTheSameBitsAsOne(int n, int k, int m, long seed) {
        assertTrue(2L * n * k * m >= VectorFloatGemm.PARALLEL_FLOPS);
        float[] a = random(seed, n * k), b = random(seed + 1, k * m);
        int before = EngineThreads.count();
        try {
            for (boolean transA : new boolean[] {false, true}) {
                for (boolean transB : new boolean[] {false, true}) {
                    float[] expected = reference(transA, transB, n, k, m, a, b, null, false);
                    for (int threads = 1; threads <= 2; threads++) { // with 2, panels go to whichever thread is free
                        EngineThreads.setCount(threads);
                        float[] c = new float[n * m];
                        FloatGemm.VECTOR.gemm(transA, transB, n, k, m, a, b, c, false, GemmScratch.of(Precision.FLOAT32, k, m));
                        assertArrayEquals(expected, c, n + "x" + k + "x" + m + ", " + threads + " threads, transA " + transA
                                + " transB " + transB);
                    }
                }
            }
        } finally {
            EngineThreads.setCount(before);
        }
    }

    @Test
    void warmProductsAllocateNothing() {
        int n = 128, k = 300, m = 256;
        float[] a = random(13, n * k), b = random(14, k * m), c = new float[n * m];
        GemmScratch scratch = GemmScratch.of(Precision.FLOAT32, k, m);
        GemmScratch narrow = GemmScratch.of(Precision.FLOAT32, k, 10);
        GemmScratch shallow = GemmScratch.of(Precision.FLOAT32, 4, 16); // left operand read in place
        VectorWarmup.await();
        long bytes = Allocations.fewestBytesInAWindow(() -> {
            FloatGemm.SELECTED.gemm(false, false, n, k, m, a, b, c, false, scratch);
            FloatGemm.SELECTED.gemm(true, false, k, n, 10, a, b, c, true, narrow);
            FloatGemm.SELECTED.gemm(false, false, 120, 4, 16, a, b, c, false, shallow);
        }, 50, 60);
        assertTrue(bytes < 1024, "50 warm products allocated " + bytes + " bytes");
    }
}
