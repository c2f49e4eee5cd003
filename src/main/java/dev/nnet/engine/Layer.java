package dev.nnet.engine;

import java.util.List;

/** One stage of a {@link Sequential} model. */
public interface Layer {
    /** Records this layer's computation on {@code x} (shape [batch, ...]) in {@code g}. */
    Node forward(Graph g, Node x);

    /** The trainable tensors, in a fixed order (the order model files and optimizers see). */
    List<Parameter> parameters();

    /** The shape of one output row for one input row of the given shape (both without the batch axis). */
    int[] outputShape(int[] inputShapeWithoutBatch);

    /** A one-line summary, such as {@code dense 4 -> 16}. */
    String describe();
}
