package dev.nnet.engine;

/** Operations that only change how a tensor is seen: its storage is shared, nothing is copied. */
final class Views {
    private Views() {
    }

    /**
     * The same numbers in another shape (row-major order unchanged). The gradient is a view of the
     * input's gradient too, so whatever flows into it lands in the input's directly: backward has
     * nothing to do, and the input (not the view) clears it before a pass.
     */
    static final class Reshape extends Node {
        Reshape(Graph graph, Node x, int[] shape) {
            super(graph, x, x.value.view(shape), x.grad == null ? null : x.grad.view(shape));
        }

        @Override
        void forward() {
        }

        @Override
        void backward() {
        }

        @Override
        boolean clearsGradient() {
            return false;
        }

        @Override
        String op() {
            return "reshape";
        }
    }

    /** The shape {@code requested} with at most one -1 replaced by what makes its size {@code size}. */
    static int[] resolve(int[] from, int[] requested) {
        int[] shape = requested.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1 && unknown < 0) {
                unknown = i;
            } else if (shape[i] < 0) {
                throw new IllegalArgumentException("reshape to " + Shapes.show(requested) + ": only one size may be -1");
            } else {
                known *= shape[i];
            }
        }
        int size = Tensor.sizeOf(from);
        if (unknown >= 0 && known > 0 && size % known == 0) shape[unknown] = (int) (size / known);
        if (unknown >= 0 && shape[unknown] == -1 || Tensor.sizeOf(shape) != size) {
            throw new IllegalArgumentException("cannot reshape " + Shapes.show(from) + " (" + size + " numbers) to "
                    + Shapes.show(requested));
        }
        return shape;
    }
}
