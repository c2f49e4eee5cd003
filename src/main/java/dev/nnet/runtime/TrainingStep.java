package dev.nnet.runtime;

import dev.nnet.data.Examples;
import dev.nnet.engine.Graph;
import dev.nnet.engine.Node;
import dev.nnet.engine.Precision;
import dev.nnet.engine.Tensor;

/**
 * The forward pass, loss and backward pass for batches of one size, planned once: the graph and
 * every buffer are made here, and each batch only copies its rows in and replays the graph. A
 * training run needs at most two of these (full batches and a shorter last one).
 */
final class TrainingStep {
    private final Graph graph = new Graph(Precision.FLOAT32);
    private final float[] x;
    private final float[] y;
    private final Node loss;
    private final int rows;
    private final int outputWidth;

    TrainingStep(ModelState model, int rows, int inputWidth) {
        this.rows = rows;
        this.outputWidth = model.plan.outputWidth();
        Tensor xs = Tensor.zeros(Precision.FLOAT32, rows, inputWidth);
        Tensor ys = Tensor.zeros(Precision.FLOAT32, rows, outputWidth);
        x = xs.floats();
        y = ys.floats();
        loss = Networks.loss(model, graph, graph.constant(xs), graph.constant(ys));
    }

    int rows() {
        return rows;
    }

    /** Copies the rows {@code order[start..start+rows)} in, runs forward and backward; returns the loss. */
    double run(Examples examples, int[] order, int start) {
        int width = examples.width();
        float[] source = examples.x();
        for (int i = 0; i < rows; i++) {
            int row = order[start + i];
            System.arraycopy(source, row * width, x, i * width, width);
            Targets.write(examples, row, outputWidth, y, i);
        }
        graph.forward();
        double value = loss.value().get(0);
        if (Double.isFinite(value)) graph.backward(loss);
        return value;
    }
}
