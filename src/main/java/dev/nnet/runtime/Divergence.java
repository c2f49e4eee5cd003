package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Examples;
import dev.nnet.engine.Graph;
import dev.nnet.engine.Layer;
import dev.nnet.engine.Node;
import dev.nnet.engine.Parameter;
import dev.nnet.engine.Precision;
import dev.nnet.engine.Sequential;
import dev.nnet.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a diverging training step went wrong: the first layer (or the `def` used as an
 * activation) whose output holds a NaN or an infinity, or the layer whose parameters' gradient
 * does, named as the script writes it, with its line.
 */
final class Divergence {
    private Divergence() {
    }

    /** For each engine layer of the model's network, in order, what the script wrote for it. */
    static List<String> origins(Plan.Model model) {
        List<String> origins = new ArrayList<>();
        for (Plan.Layer layer : model.layers()) {
            String line = layer.span() == null ? "" : " (line " + layer.span().line() + ")";
            if (layer instanceof Plan.Dense d) {
                origins.add("the layer `dense(" + d.units() + ")`" + line);
                if (d.custom() != null) {
                    origins.add("the `def " + d.custom().name().text() + "` (line " + d.custom().span().line()
                            + ") used as the activation of `dense(" + d.units() + ")`" + line);
                } else if (d.activation() != Plan.Activation.LINEAR) {
                    origins.add("the activation `" + d.activation().name().toLowerCase() + "` of `dense(" + d.units()
                            + ")`" + line);
                }
            } else if (layer instanceof Plan.ActivationLayer a) {
                if (a.activation() != Plan.Activation.LINEAR) {
                    origins.add("the layer `" + a.activation().name().toLowerCase() + "`" + line);
                }
            } else if (layer instanceof Plan.Dropout) {
                origins.add("the layer `dropout`" + line);
            } else if (layer instanceof Plan.NormLayer n) {
                origins.add("the layer `" + (n.batch() ? "batch_norm" : "layer_norm") + "`" + line);
            }
        }
        return origins;
    }

    /**
     * Replays the batch through the network one layer at a time (in evaluation mode, so nothing it
     * keeps changes) and names the first layer whose output is not finite; null when all are.
     */
    static String firstBadOutput(ModelState model, Examples examples, int[] order, int start, int rows) {
        Sequential network = model.network();
        int width = examples.width();
        float[] x = new float[rows * width];
        for (int i = 0; i < rows; i++) System.arraycopy(examples.x(), order[start + i] * width, x, i * width, width);
        List<String> origins = origins(model.plan);
        for (int k = 1; k <= network.layers().size(); k++) {
            Graph graph = new Graph(Precision.FLOAT32);
            graph.setTraining(false);
            Node out = network.forward(graph, graph.constant(Tensor.wrap(x.clone(), rows, width)), k);
            graph.forward();
            if (!finite(out.value())) return k - 1 < origins.size() ? origins.get(k - 1) : "layer " + k;
        }
        return null;
    }

    /** The layer whose parameters have a gradient that is not finite, or null. */
    static String firstBadGradient(ModelState model) {
        List<Layer> layers = model.network().layers();
        List<String> origins = origins(model.plan);
        for (int k = 0; k < layers.size(); k++) {
            for (Parameter p : layers.get(k).parameters()) {
                if (p.grad() != null && !finite(p.grad())) {
                    return "the gradient of `" + p.name() + "` in " + (k < origins.size() ? origins.get(k)
                            : "layer " + (k + 1));
                }
            }
        }
        return null;
    }

    static boolean finite(Tensor t) {
        if (t.precision() == Precision.FLOAT32) {
            for (float v : t.floats()) if (!Float.isFinite(v)) return false;
        } else {
            for (double v : t.doubles()) if (!Double.isFinite(v)) return false;
        }
        return true;
    }
}
