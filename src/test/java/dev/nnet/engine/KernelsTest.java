package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernels against plain definitions, and the two precisions against each other. */
class KernelsTest {

    private static Tensor random(Precision precision, long seed, int... shape) {
        Rng rng = new Rng(seed);
        Tensor t = Tensor.zeros(precision, shape);
        for (int i = 0; i < t.size(); i++) t.set(i, 2 * rng.nextDouble() - 1);
        return t;
    }

    /** C = op(A) . op(B) by the definition, element by element. */
    private static double[] naiveProduct(boolean transA, boolean transB, int n, int k, int m, Tensor a, Tensor b) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double aip = transA ? a.get(p * n + i) : a.get(i * k + p);
                    double bpj = transB ? b.get(j * k + p) : b.get(p * m + j);
                    s += aip * bpj;
                }
                c[i * m + j] = s;
            }
        }
        return c;
    }

    @Test
    void gemmWithEveryTransposeFlagInBothPrecisionsForNarrowAndWideProducts() {
        int[][] sizes = {{5, 7, 3}, {4, 9, GemmScratch.NARROW - 1}, {3, 6, GemmScratch.NARROW}, {6, 5, 37}};
        for (int[] size : sizes) {
            for (Precision precision : Precision.values()) {
                for (boolean transA : new boolean[] {false, true}) {
                    for (boolean transB : new boolean[] {false, true}) {
                        checkGemm(precision, transA, transB, size[0], size[1], size[2]);
                    }
                }
            }
        }
    }

    private static void checkGemm(Precision precision, boolean transA, boolean transB, int n, int k, int m) {
        String what = precision + " transA " + transA + " transB " + transB + " " + n + "x" + k + "x" + m;
        Tensor a = random(precision, 1, transA ? new int[] {k, n} : new int[] {n, k});
        Tensor b = random(precision, 2, transB ? new int[] {m, k} : new int[] {k, m});
        Tensor c = random(precision, 3, n, m);
        Tensor before = c.copy();
        GemmScratch scratch = GemmScratch.of(precision, k, m);
        Kernels.of(precision).gemm(transA, transB, n, k, m, a, b, c, true, scratch);
        double[] expected = naiveProduct(transA, transB, n, k, m, a, b);
        for (int i = 0; i < expected.length; i++) expected[i] += before.get(i);
        double tolerance = precision == Precision.FLOAT32 ? 1e-5 : 1e-13;
        assertArrayEquals(expected, c.to(Precision.FLOAT64).doubles(), tolerance, what);
        Kernels.of(precision).gemm(transA, transB, n, k, m, a, b, c, false, scratch); // overwrite, reusing the scratch
        assertArrayEquals(naiveProduct(transA, transB, n, k, m, a, b), c.to(Precision.FLOAT64).doubles(), tolerance, what);
    }

    @Test
    void narrowAndWideProductsGiveTheSameBits() {
        // The same product computed as m = NARROW - 1 columns (narrow path) and inside m = NARROW + 5 (wide path).
        int n = 4, k = 11, narrow = GemmScratch.NARROW - 1, wide = GemmScratch.NARROW + 5;
        Tensor a = random(Precision.FLOAT32, 7, n, k);
        Tensor bWide = random(Precision.FLOAT32, 8, k, wide);
        Tensor bNarrow = Tensor.zeros(Precision.FLOAT32, k, narrow);
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < narrow; j++) bNarrow.set(p * narrow + j, bWide.get(p * wide + j));
        }
        Tensor cWide = Tensor.zeros(Precision.FLOAT32, n, wide);
        Tensor cNarrow = Tensor.zeros(Precision.FLOAT32, n, narrow);
        Kernels k32 = Kernels.of(Precision.FLOAT32);
        k32.gemm(false, false, n, k, wide, a, bWide, cWide, false, GemmScratch.of(Precision.FLOAT32, k, wide));
        k32.gemm(false, false, n, k, narrow, a, bNarrow, cNarrow, false, GemmScratch.of(Precision.FLOAT32, k, narrow));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < narrow; j++) {
                assertEquals(cWide.floats()[i * wide + j], cNarrow.floats()[i * narrow + j], 0.0, "C[" + i + "," + j + "]");
            }
        }
    }

    @Test
    void pointwiseKernelsMatchTheScalarDefinitions() {
        for (Precision precision : Precision.values()) {
            Tensor x = random(precision, 4, 50);
            for (int i = 0; i < x.size(); i++) x.set(i, 3 * x.get(i) + (x.get(i) > 0 ? 0 : 3.5)); // also positive, for log
            for (Pointwise f : Pointwise.values()) {
                Tensor y = Tensor.zeros(precision, 50);
                Tensor gy = random(precision, 5, 50);
                Tensor gx = random(precision, 6, 50);
                Tensor gxBefore = gx.copy();
                Kernels k = Kernels.of(precision);
                double a = 0.3; // leaky_relu's slope, elu's alpha; ignored by the others
                k.map(f, a, x, y);
                k.mapBackward(f, a, x, y, gy, gx);
                double tolerance = precision == Precision.FLOAT32 ? 1e-5 : 1e-15;
                for (int i = 0; i < 50; i++) {
                    double xi = x.get(i);
                    double yi = f.value(xi, a);
                    assertEquals(yi, y.get(i), tolerance * Math.max(1, Math.abs(yi)), f + " value");
                    double g = gxBefore.get(i) + gy.get(i) * f.slope(xi, y.get(i), a);
                    assertEquals(g, gx.get(i), tolerance * Math.max(1, Math.abs(g)), f + " slope");
                }
            }
        }
    }

    /** A model in float32 and in float64 must agree to float32's accuracy: DoubleKernels is a copy of FloatKernels. */
    @Test
    void theTwoPrecisionsAgreeOnAWholeTrainingStep() {
        double[][] results = new double[2][];
        for (Precision precision : Precision.values()) {
            Rng rng = Rng.forPurpose(5, "init");
            Sequential model = new Sequential(List.of(
                    new Dense("a", 4, 6, Initializer.HE_UNIFORM, true, precision, rng),
                    new ActivationLayer(Activation.RELU),
                    new Dense("b", 6, 5, Initializer.XAVIER_UNIFORM, true, precision, rng),
                    new ActivationLayer(Activation.SIGMOID),
                    new Dense("c", 5, 3, Initializer.XAVIER_UNIFORM, true, precision, rng),
                    new ActivationLayer(Activation.SOFTMAX)));
            Tensor x = random(precision, 6, 8, 4);
            Tensor t = Tensor.zeros(precision, 8, 3);
            for (int r = 0; r < 8; r++) t.set(r * 3 + r % 3, 1);
            Graph g = new Graph(precision);
            Node loss = Loss.CROSS_ENTROPY.build(g, model, g.constant(x), g.constant(t));
            Optimizer adam = new Adam(0.01, 0.9, 0.999, 1e-8, 0.001);
            for (int step = 0; step < 3; step++) {
                g.forward();
                g.backward(loss);
                adam.step(model.parameters());
            }
            g.forward();
            double[] out = new double[1 + 4 * 6];
            out[0] = loss.value().get(0);
            for (int i = 0; i < 24; i++) out[1 + i] = model.parameters().get(0).value().get(i);
            results[precision.ordinal()] = out;
        }
        assertArrayEquals(results[1], results[0], 1e-5);
    }
}
