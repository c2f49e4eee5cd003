package dev.nnet.runtime;

import dev.nnet.data.Examples;
import dev.nnet.engine.Graph;
import dev.nnet.engine.Node;
import dev.nnet.engine.Precision;
import dev.nnet.engine.Tensor;

/**
 * A forward pass of a model over a whole set of examples, with the loss on it. The graph is built
 * once and replayed, so that measuring the validation set every epoch allocates nothing.
 */
final class Inference {
    private final Graph graph = new Graph(Precision.FLOAT32);
    private final Node output;
    private final Node loss; // null when the model has no loss yet
    private final int count;

    Inference(ModelState model, Examples examples) {
        graph.setTraining(false); // dropout off, batch norm on its running statistics
        count = examples.count();
        Tensor x = Tensor.wrap(examples.x().clone(), count, examples.width());
        Node input = graph.constant(x);
        output = model.network().forward(graph, input);
        if (model.loss != null && examples.count() > 0) {
            int width = model.plan.outputWidth();
            float[] targets = new float[count * width];
            for (int r = 0; r < count; r++) Targets.write(examples, r, width, targets, r);
            loss = Networks.loss(model, graph, input, graph.constant(Tensor.wrap(targets, count, width)));
        } else {
            loss = null;
        }
    }

    /** Runs the pass again with the model's current weights. */
    void run() {
        graph.forward();
    }

    float[] outputs() {
        return output.value().floats();
    }

    double loss() {
        return loss == null ? Double.NaN : loss.value().get(0);
    }

    int count() {
        return count;
    }
}
