package dev.nnet.engine;

/**
 * A value in a {@link Graph}: its tensor, the gradient of the graph's output with respect to it,
 * and the rule to recompute it from its inputs and to pass its gradient back to them.
 *
 * <p>Every operation is a small subclass whose {@link #forward()} and {@link #backward()} sit side
 * by side. Buffers (value, gradient, any scratch) are allocated in the constructor, once; the two
 * methods only write into them, so a graph can be replayed without allocating.
 *
 * <p>A node whose value does not depend on any parameter has no gradient: {@link #grad()} throws.
 */
public abstract class Node {
    final Graph graph;
    final Kernels kernels;
    final Node[] inputs;
    final Tensor value;
    final Tensor grad;
    final boolean requiresGrad;
    int index = -1; // position in the graph's tape, set when the graph records the node

    /** An operation: value and (if any input requires it) gradient buffers of the given shape. */
    Node(Graph graph, int[] shape, Node... inputs) {
        this.graph = graph;
        this.kernels = graph.kernels();
        this.inputs = inputs;
        this.value = Tensor.zeros(graph.precision(), shape);
        boolean any = false;
        for (Node input : inputs) any |= input.requiresGrad;
        this.requiresGrad = any;
        this.grad = any ? Tensor.zeros(graph.precision(), shape) : null;
    }

    /** A leaf over existing tensors (grad null for a leaf that needs no gradient). */
    Node(Graph graph, Tensor value, Tensor grad) {
        this.graph = graph;
        this.kernels = graph.kernels();
        this.inputs = new Node[0];
        this.value = value;
        this.grad = grad;
        this.requiresGrad = grad != null;
    }

    /**
     * A view of {@code input}: value (and gradient, if any) share its storage in another shape,
     * so neither forward nor backward has work to do.
     */
    Node(Graph graph, Node input, Tensor value, Tensor grad) {
        this.graph = graph;
        this.kernels = graph.kernels();
        this.inputs = new Node[] {input};
        this.value = value;
        this.grad = grad;
        this.requiresGrad = grad != null;
    }

    /** Recomputes {@link #value} from the inputs' values. */
    abstract void forward();

    /** Adds this node's gradient, carried through its local derivative, into its inputs' gradients. */
    abstract void backward();

    /** Whether backward passes clear this node's gradient first (parameters keep theirs). */
    boolean clearsGradient() {
        return true;
    }

    /** The operation's name, for messages. */
    abstract String op();

    public Tensor value() {
        return value;
    }

    public Tensor grad() {
        if (grad == null) {
            throw new IllegalStateException(op() + " node " + Shapes.show(value.shape())
                    + " has no gradient: it does not depend on any parameter");
        }
        return grad;
    }

    public boolean requiresGrad() {
        return requiresGrad;
    }

    public int[] shape() {
        return value.shape();
    }

    @Override
    public String toString() {
        return op() + Shapes.show(value.shape());
    }
}
