package dev.nnet.runtime;

import dev.nnet.data.Examples;
import dev.nnet.engine.Graph;
import dev.nnet.engine.Loss;
import dev.nnet.engine.Node;
import dev.nnet.engine.Precision;
import dev.nnet.engine.Tensor;

/**
 * A forward pass of a model over a whole set of examples, with the loss on it. The graph is built
 * once and replayed, so that measuring the validation set every epoch allocates nothing.
 *
 * <p>A set of more than {@link #CHUNK} rows is passed in chunks of CHUNK rows (one graph for the
 * chunks, one for a shorter last chunk): a graph holds every layer's activations for all its rows,
 * which for a convolutional network on 10,000 images would be gigabytes. The loss of a built-in
 * loss is then the mean of the chunks' losses weighted by their rows, as they are means over rows;
 * a `def` loss may be anything of the outputs (a sum, a maximum), so it is computed once over all
 * the chunks' outputs together.
 */
final class Inference {
    static final int CHUNK = 2048;

    private final Pass full;
    private final Pass last; // the shorter last chunk, or null
    private final float[] x;
    private final float[] targets; // null when the model has no loss yet
    private final float[] outputs;
    private final int count;
    private final int width;
    private final int outputWidth;
    private double loss = Double.NaN;
    private final Graph setLossGraph; // a def loss over the outputs of all the chunks, or null
    private final Node setLoss;

    /** One graph over {@code rows} rows, filled from the set before each run. */
    private static final class Pass {
        final Graph graph = new Graph(Precision.FLOAT32);
        final Tensor x;
        final Tensor targets;
        final Node output;
        final Node loss;

        Pass(ModelState model, int rows, int width, int outputWidth, boolean withLoss) {
            graph.setTraining(false); // dropout off, batch norm on its running statistics
            x = Tensor.zeros(Precision.FLOAT32, rows, width);
            Node input = graph.constant(x);
            if (withLoss) { // one forward pass for both
                targets = Tensor.zeros(Precision.FLOAT32, rows, outputWidth);
                Loss.Built built = Networks.lossAndOutput(model, graph, input, graph.constant(targets));
                output = built.output();
                loss = built.loss();
            } else {
                targets = null;
                output = model.network().forward(graph, input);
                loss = null;
            }
        }
    }

    Inference(ModelState model, Examples examples) {
        count = examples.count();
        width = examples.width();
        x = examples.x().clone();
        boolean withLoss = model.loss != null && count > 0;
        outputWidth = model.plan.outputWidth();
        if (withLoss) {
            targets = new float[count * outputWidth];
            for (int r = 0; r < count; r++) Targets.write(examples, r, outputWidth, targets, r);
        } else {
            targets = null;
        }
        int rows = Math.min(count, CHUNK);
        boolean lossOfAll = withLoss && count > CHUNK && Networks.hasDefLoss(model);
        boolean chunkLoss = withLoss && !lossOfAll;
        full = new Pass(model, rows, width, outputWidth, chunkLoss);
        last = count > CHUNK && count % CHUNK != 0 ? new Pass(model, count % CHUNK, width, outputWidth, chunkLoss) : null;
        outputs = count > CHUNK ? new float[count * outputWidth] : null;
        if (lossOfAll) {
            setLossGraph = new Graph(Precision.FLOAT32);
            setLossGraph.setTraining(false);
            int[] shape = full.output.value().shape().clone();
            shape[0] = count;
            setLoss = Networks.defLoss(model, setLossGraph, setLossGraph.constant(Tensor.wrap(outputs, shape)),
                    setLossGraph.constant(Tensor.wrap(targets, count, outputWidth)));
        } else {
            setLossGraph = null;
            setLoss = null;
        }
    }

    /** Runs the pass again with the model's current weights. */
    void run() {
        if (count <= CHUNK) { // the whole set in one graph over the set's own arrays
            if (count > 0) {
                System.arraycopy(x, 0, full.x.floats(), 0, x.length);
                if (targets != null) System.arraycopy(targets, 0, full.targets.floats(), 0, targets.length);
            }
            full.graph.forward();
            loss = full.loss == null ? Double.NaN : full.loss.value().get(0);
            return;
        }
        double total = 0;
        for (int start = 0; start < count; start += CHUNK) {
            int rows = Math.min(CHUNK, count - start);
            Pass pass = rows == CHUNK ? full : last;
            System.arraycopy(x, start * width, pass.x.floats(), 0, rows * width);
            if (pass.targets != null) System.arraycopy(targets, start * outputWidth, pass.targets.floats(), 0, rows * outputWidth);
            pass.graph.forward();
            System.arraycopy(pass.output.value().floats(), 0, outputs, start * outputWidth, rows * outputWidth);
            if (pass.loss != null) total += pass.loss.value().get(0) * rows;
        }
        if (setLoss != null) {
            setLossGraph.forward();
            loss = setLoss.value().get(0);
        } else {
            loss = targets == null ? Double.NaN : total / count;
        }
    }

    float[] outputs() {
        return outputs != null ? outputs : full.output.value().floats();
    }

    double loss() {
        return loss;
    }

    int count() {
        return count;
    }
}
