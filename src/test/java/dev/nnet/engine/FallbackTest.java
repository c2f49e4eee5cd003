package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Without --add-modules jdk.incubator.vector the engine must notice at run time, use the plain
 * kernel, and compute the same bits. Runs a second JVM (without the module) on the same classes.
 */
class FallbackTest {

    /** A hash of the bits of three products: wide, narrow (flipped) and transposed. */
    static long checksum() {
        int n = 70, k = 90, m = 50;
        Rng rng = new Rng(3);
        float[] a = new float[n * k], b = new float[k * m];
        for (int i = 0; i < a.length; i++) a[i] = (float) (rng.nextDouble() - 0.5);
        for (int i = 0; i < b.length; i++) b[i] = (float) (rng.nextDouble() - 0.5);
        long hash = 17;
        float[] c = new float[n * m];
        FloatGemm.SELECTED.gemm(false, false, n, k, m, a, b, c, false, GemmScratch.of(Precision.FLOAT32, k, m));
        for (float v : c) hash = hash * 31 + Float.floatToIntBits(v);
        float[] narrow = new float[n * 10];
        FloatGemm.SELECTED.gemm(false, false, n, k, 10, a, b, narrow, false, GemmScratch.of(Precision.FLOAT32, k, 10));
        for (float v : narrow) hash = hash * 31 + Float.floatToIntBits(v);
        float[] t = new float[k * m];
        FloatGemm.SELECTED.gemm(true, false, k, n, m, a, b, t, false, GemmScratch.of(Precision.FLOAT32, n, m));
        for (float v : t) hash = hash * 31 + Float.floatToIntBits(v);
        return hash;
    }

    @Test
    void withoutTheModuleThePlainKernelGivesTheSameBits() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FallbackProbe.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String[] lines = out.strip().split("\n");
        assertTrue(lines[0].startsWith("plain Java"), "without the module: " + out);
        assertTrue(FloatGemm.describe().startsWith("Vector API"), "this JVM has the module: " + FloatGemm.describe());
        assertEquals(Long.toString(checksum()), lines[lines.length - 1].strip(), "the two kernels disagree");
    }
}
