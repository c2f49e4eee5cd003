package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The new activations, losses and layers against PyTorch in float64 (make_references.py): the
 * outputs, and the gradients of sum(output * W) for fixed weights W. The gradient checks prove a
 * derivative matches its function; these prove the function is the one PyTorch users know.
 */
class TorchFunctionsTest {
    private static final double TOLERANCE = 1e-10;
    private static final double FLOOR = 1e-6;

    /** Builds {@code op} on the reference inputs (as parameters), compares its output and the inputs' gradients. */
    private static Graph check(String name, int inputs, BiFunction<Graph, Node[], Node> op) {
        Graph g = new Graph(Precision.FLOAT64);
        List<Parameter> params = new ArrayList<>();
        Node[] nodes = new Node[inputs];
        for (int i = 0; i < inputs; i++) {
            Parameter p = new Parameter(name + ".in" + i, References.get(name + ".in" + i));
            params.add(p);
            nodes[i] = g.parameter(p);
        }
        Node out = op.apply(g, nodes);
        References.assertClose(References.get(name + ".out"), out.value(), TOLERANCE, FLOOR, name + " output");
        Node loss = out.value().rank() == 0 ? out : g.sum(g.mul(out, g.constant(References.get(name + ".w"))));
        g.backward(loss);
        for (int i = 0; i < inputs; i++) {
            References.assertClose(References.get(name + ".grad" + i), params.get(i).grad(), TOLERANCE, FLOOR,
                    name + " gradient of input " + i);
        }
        return g;
    }

    @Test
    void activations() {
        check("act.leaky_relu", 1, (g, x) -> g.leakyRelu(x[0], 0.2));
        check("act.elu", 1, (g, x) -> g.elu(x[0], 0.7));
        check("act.gelu", 1, (g, x) -> g.gelu(x[0]));
        check("act.silu", 1, (g, x) -> g.silu(x[0]));
        check("act.softplus", 1, (g, x) -> g.softplus(x[0]));
        check("act.softplus_large", 1, (g, x) -> g.softplus(x[0]));
    }

    @Test
    void losses() {
        check("loss.mae", 2, (g, x) -> g.mae(x[0], x[1]));
        check("loss.huber", 2, (g, x) -> g.huber(x[0], x[1], 0.8));
        check("loss.nll", 1, (g, x) -> g.nll(x[0], g.constant(References.get("loss.nll.target"))));
    }

    @Test
    void conv2dWithStrideAndPadding() {
        check("conv.stride_pad", 3, (g, x) -> g.conv2d(x[0], x[1], x[2], new int[] {2, 1}, new int[] {1, 2}));
        check("conv.plain", 2, (g, x) -> g.conv2d(x[0], x[1], null, new int[] {1, 1}, new int[] {0, 0}));
    }

    @Test
    void pooling() {
        check("pool.max", 1, (g, x) -> g.maxPool(x[0], 2, 2, 2, 1));
        check("pool.avg", 1, (g, x) -> g.avgPool(x[0], 3, 2, 1, 2));
    }

    @Test
    void batchNormInTrainingUpdatesTheRunningStatisticsAsTorch() {
        for (String tag : new String[] {"2d", "4d"}) {
            String name = "bn." + tag;
            Tensor mean = References.get(name + ".running_mean.before");
            Tensor var = References.get(name + ".running_var.before");
            check(name + ".train", 3, (g, x) -> g.batchNorm(x[0], x[1], x[2], mean, var, 0.1, 1e-5));
            // One forward and one backward: the statistics moved once, as torch's one training forward moved them.
            References.assertClose(References.get(name + ".running_mean.after"), mean, 1e-12, FLOOR, name + " running mean");
            References.assertClose(References.get(name + ".running_var.after"), var, 1e-12, FLOOR, name + " running variance");
            Graph eval = check(name + ".eval", 3, (g, x) -> {
                g.setTraining(false);
                return g.batchNorm(x[0], x[1], x[2], mean, var, 0.1, 1e-5);
            });
            assertEquals(false, eval.training());
            References.assertClose(References.get(name + ".running_mean.after"), mean, 1e-12, FLOOR, "inference leaves the mean");
        }
    }

    @Test
    void layerNorm() {
        check("ln", 3, (g, x) -> g.layerNorm(x[0], x[1], x[2], 1e-5));
    }
}
