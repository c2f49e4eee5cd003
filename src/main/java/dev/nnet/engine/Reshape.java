package dev.nnet.engine;

import java.util.List;

/** Each row to a given shape (the batch axis kept), sharing storage; for example [784] to [1, 28, 28] before a conv2d. */
public final class Reshape implements Layer {
    private final int[] shape;

    /** The shape of one row, without the batch axis. */
    public Reshape(int... shape) {
        for (int d : shape) if (d <= 0) throw new IllegalArgumentException("reshape needs positive sizes, got " + Shapes.show(shape));
        this.shape = shape.clone();
    }

    @Override
    public Node forward(Graph g, Node x) {
        int[] full = new int[shape.length + 1];
        full[0] = x.value.dim(0);
        System.arraycopy(shape, 0, full, 1, shape.length);
        return g.reshape(x, full);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public int[] outputShape(int[] inputShapeWithoutBatch) {
        if (Tensor.sizeOf(inputShapeWithoutBatch) != Tensor.sizeOf(shape)) {
            throw new IllegalArgumentException("cannot reshape rows of " + Shapes.show(inputShapeWithoutBatch) + " to "
                    + Shapes.show(shape));
        }
        return shape.clone();
    }

    @Override
    public String describe() {
        return "reshape " + Shapes.show(shape);
    }
}
