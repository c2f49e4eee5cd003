package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The float32 convolution and max pooling (batched im2col, runs copied whole, the two-pass max)
 * against the float64 ones, which the gradient checks and the PyTorch references cover: values
 * and the gradients of sum(output * R) for a fixed random R, on the same inputs.
 */
class FloatConvolutionTest {

    /** The output and every input's gradient of op on the given inputs, in one precision. */
    private static List<Tensor> run(Precision p, Tensor[] inputs, Tensor weights, BiFunction<Graph, Node[], Node> op) {
        Graph g = new Graph(p);
        List<Parameter> params = new ArrayList<>();
        Node[] nodes = new Node[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            Parameter param = new Parameter("in" + i, inputs[i].to(p));
            params.add(param);
            nodes[i] = g.parameter(param);
        }
        Node out = op.apply(g, nodes);
        g.backward(g.sum(g.mul(out, g.constant(weights.to(p)))));
        List<Tensor> results = new ArrayList<>();
        results.add(out.value());
        for (Parameter param : params) results.add(param.grad());
        return results;
    }

    private static Tensor random(Rng rng, int... shape) {
        Tensor t = Tensor.zeros(Precision.FLOAT64, shape);
        for (int i = 0; i < t.size(); i++) t.set(i, rng.nextGaussian());
        return t;
    }

    /** Agreement within {@code tolerance} of the largest magnitude of each tensor (float32 sums of k terms drift ~k ulps). */
    private static void assertConvolutionsAgree(int[] x, int[] w, int[] stride, int[] padding, long seed, double tolerance) {
        Rng rng = new Rng(seed);
        Tensor[] inputs = {random(rng, x), random(rng, w), random(rng, w[0])};
        int oh = (x[2] + 2 * padding[0] - w[2]) / stride[0] + 1, ow = (x[3] + 2 * padding[1] - w[3]) / stride[1] + 1;
        Tensor r = random(rng, x[0], w[0], oh, ow);
        BiFunction<Graph, Node[], Node> conv = (g, in) -> g.conv2d(in[0], in[1], in[2], stride, padding);
        List<Tensor> single = run(Precision.FLOAT32, inputs, r, conv), dbl = run(Precision.FLOAT64, inputs, r, conv);
        String[] names = {"output", "dx", "dw", "db"};
        for (int t = 0; t < names.length; t++) {
            Tensor a = single.get(t), b = dbl.get(t);
            double scale = 0;
            for (int i = 0; i < b.size(); i++) scale = Math.max(scale, Math.abs(b.get(i)));
            for (int i = 0; i < b.size(); i++) {
                assertEquals(b.get(i), a.get(i), tolerance * Math.max(1, scale), names[t] + " element " + i);
            }
        }
    }

    @Test
    void aPaddedConvolutionAgreesWithFloat64() {
        assertConvolutionsAgree(new int[] {3, 2, 7, 6}, new int[] {4, 2, 3, 3}, new int[] {1, 1}, new int[] {1, 1}, 1, 1e-5);
    }

    @Test
    void stridesAndUnevenPaddingAgreeWithFloat64() {
        assertConvolutionsAgree(new int[] {2, 3, 9, 8}, new int[] {5, 3, 3, 2}, new int[] {2, 1}, new int[] {0, 2}, 2, 1e-5);
        assertConvolutionsAgree(new int[] {2, 1, 8, 9}, new int[] {3, 1, 2, 3}, new int[] {1, 2}, new int[] {2, 1}, 3, 1e-5);
    }

    @Test
    void aBatchTooLargeForOneChunkAgreesWithFloat64() {
        int[] x = {0, 4, 40, 40}, w = {2, 4, 5, 5};
        int perChunk = Convolution.imagesPerChunk(1000, 4 * 5 * 5, 40 * 40);
        x[0] = 2 * perChunk + 3; // two whole chunks and a short one
        assertTrue(perChunk < x[0]);
        assertConvolutionsAgree(x, w, new int[] {1, 1}, new int[] {2, 2}, 4, 1e-4);
    }

    @Test
    void maxPoolPicksTheSameElementInBothPrecisionsWithTiesSignedZerosAndNaN() {
        Rng rng = new Rng(5);
        double[] values = {-1, -0.0, 0.0, 1, 2};
        Tensor x = Tensor.zeros(Precision.FLOAT64, 2, 3, 8, 6);
        for (int i = 0; i < x.size(); i++) x.set(i, values[rng.nextInt(values.length)]);
        x.set(7, Double.NaN);
        x.set(40, Double.NaN);
        x.set(41, Double.NaN);
        for (int[] window : new int[][] {{2, 2, 2, 2}, {3, 2, 1, 2}, {2, 3, 2, 3}}) {
            int oh = (8 - window[0]) / window[2] + 1, ow = (6 - window[1]) / window[3] + 1;
            Tensor r = random(rng, 2, 3, oh, ow);
            BiFunction<Graph, Node[], Node> pool = (g, in) -> g.maxPool(in[0], window[0], window[1], window[2], window[3]);
            List<Tensor> single = run(Precision.FLOAT32, new Tensor[] {x}, r, pool);
            List<Tensor> dbl = run(Precision.FLOAT64, new Tensor[] {x}, r, pool);
            String where = " of window " + java.util.Arrays.toString(window);
            for (int i = 0; i < single.get(0).size(); i++) { // the same element, bit for bit (the sign of a zero too)
                assertEquals(Float.floatToIntBits((float) dbl.get(0).get(i)), Float.floatToIntBits((float) single.get(0).get(i)),
                        "value " + i + where);
            }
            for (int i = 0; i < x.size(); i++) { // the gradient routed to the same elements (overlapping windows add in each precision)
                assertEquals(dbl.get(1).get(i), single.get(1).get(i), 1e-5, "gradient " + i + where);
            }
        }
    }
}
