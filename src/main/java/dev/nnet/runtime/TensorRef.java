package dev.nnet.runtime;

import dev.nnet.engine.Activation;
import dev.nnet.engine.Graph;
import dev.nnet.engine.Node;

/**
 * A tensor value of the explicit loop: a node of the graph it was computed in. When it is the
 * output of a softmax or a sigmoid, its input is kept as {@code logits}, so that a cross-entropy
 * taken of it is computed fused and stably, exactly as `train` does.
 */
record TensorRef(Node node, Graph graph, Node logits, Activation squashedBy) {
    static TensorRef of(Node node, Graph graph) {
        return new TensorRef(node, graph, null, null);
    }

    /** The logits, when this tensor is {@code activation} applied to them; otherwise null. */
    Node logitsUnder(Activation activation) {
        return activation == squashedBy ? logits : null;
    }
}
