package dev.nnet.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A define-by-run tape of tensor operations that can be replayed. Each operation computes its
 * value when it is created and is recorded in creation order, which is a topological order:
 * {@link #forward()} recomputes the nodes in that order (after the caller changed the data of its
 * constants or its parameters) and {@link #backward(Node)} runs their backward rules in reverse.
 *
 * <p>All buffers are allocated when a node is created; replays allocate nothing.
 */
public final class Graph {
    private final Precision precision;
    private final Kernels kernels;
    private final List<Node> nodes = new ArrayList<>();

    // Which nodes a backward pass from a given root must visit; computed once per root.
    private Node liveRoot;
    private int liveCount;
    private boolean[] live;

    public Graph(Precision precision) {
        this.precision = precision;
        this.kernels = Kernels.of(precision);
    }

    public Precision precision() {
        return precision;
    }

    Kernels kernels() {
        return kernels;
    }

    /** The number of nodes recorded so far. */
    public int size() {
        return nodes.size();
    }

    // ---- leaves

    /** An input. The node reads {@code t} itself: overwrite its data, then {@link #forward()}. */
    public Node constant(Tensor t) {
        checkPrecision("constant", t);
        return record(new Leaves.Constant(this, t));
    }

    /** A trainable leaf; backward passes add into {@code p.grad()}. */
    public Node parameter(Parameter p) {
        checkPrecision("parameter " + p.name(), p.value());
        return record(new Leaves.ParameterLeaf(this, p));
    }

    // ---- operations

    /** [n,k] x [k,m] -> [n,m]. */
    public Node matmul(Node a, Node b) {
        return record(new MatMul(this, own(a), own(b)));
    }

    public Node add(Node a, Node b) {
        return record(new Arithmetic.Add(this, own(a), own(b)));
    }

    public Node sub(Node a, Node b) {
        return record(new Arithmetic.Sub(this, own(a), own(b)));
    }

    public Node mul(Node a, Node b) {
        return record(new Arithmetic.Mul(this, own(a), own(b)));
    }

    public Node div(Node a, Node b) {
        return record(new Arithmetic.Div(this, own(a), own(b)));
    }

    public Node neg(Node a) {
        return apply(Pointwise.NEG, a);
    }

    public Node scale(Node a, double factor) {
        return record(new Elementwise.Scale(this, own(a), factor));
    }

    public Node sigmoid(Node a) {
        return apply(Pointwise.SIGMOID, a);
    }

    public Node tanh(Node a) {
        return apply(Pointwise.TANH, a);
    }

    public Node relu(Node a) {
        return apply(Pointwise.RELU, a);
    }

    public Node exp(Node a) {
        return apply(Pointwise.EXP, a);
    }

    public Node log(Node a) {
        return apply(Pointwise.LOG, a);
    }

    private Node apply(Pointwise f, Node a) {
        return record(new Elementwise.Apply(this, f, own(a)));
    }

    /** Softmax over the last axis. */
    public Node softmax(Node a) {
        return record(new Softmaxes.RowSoftmax(this, own(a), false));
    }

    /** Log-softmax over the last axis. */
    public Node logSoftmax(Node a) {
        return record(new Softmaxes.RowSoftmax(this, own(a), true));
    }

    /** The sum of all elements, as a scalar. */
    public Node sum(Node a) {
        return record(new Reductions.Total(this, own(a), false));
    }

    /** The mean of all elements, as a scalar. */
    public Node mean(Node a) {
        return record(new Reductions.Total(this, own(a), true));
    }

    /** Mean over rows of the cross-entropy between softmax(logits) and target rows (one-hot or probabilities). */
    public Node softmaxCrossEntropy(Node logits, Node target) {
        return record(new FusedLosses.SoftmaxCrossEntropy(this, own(logits), own(target)));
    }

    /** Mean over elements of the binary cross-entropy between sigmoid(logits) and target. */
    public Node sigmoidBinaryCrossEntropy(Node logits, Node target) {
        return record(new FusedLosses.SigmoidCrossEntropy(this, own(logits), own(target)));
    }

    /** Mean of the squared differences. */
    public Node mse(Node prediction, Node target) {
        return record(new FusedLosses.MeanSquaredError(this, own(prediction), own(target)));
    }

    // ---- replay

    /** Recomputes every node in creation order. */
    public void forward() {
        for (int i = 0; i < nodes.size(); i++) nodes.get(i).forward();
    }

    /**
     * Gradients of the scalar {@code root}: clears the gradients of the nodes it depends on,
     * seeds its own with 1 and runs the backward rules in reverse creation order. Parameters'
     * gradients are not cleared: they accumulate across calls, as in PyTorch.
     */
    public void backward(Node root) {
        own(root);
        if (root.value.size() != 1) {
            throw new IllegalArgumentException("backward needs a scalar, got shape " + Shapes.show(root.value.shape()));
        }
        if (!root.requiresGrad) {
            throw new IllegalArgumentException("backward from " + root.op() + ": it does not depend on any parameter");
        }
        boolean[] visit = liveFrom(root);
        for (int i = 0; i <= root.index; i++) {
            Node node = nodes.get(i);
            if (visit[i] && node.clearsGradient()) node.grad.fill(0);
        }
        root.grad.set(0, root.grad.get(0) + 1); // a parameter root keeps what it had accumulated
        for (int i = root.index; i >= 0; i--) {
            if (visit[i]) nodes.get(i).backward();
        }
    }

    /** The nodes that root depends on and that need a gradient (the tape is topologically ordered). */
    private boolean[] liveFrom(Node root) {
        if (root == liveRoot && nodes.size() == liveCount) return live;
        boolean[] visit = new boolean[nodes.size()];
        visit[root.index] = true;
        for (int i = root.index; i >= 0; i--) {
            if (!visit[i]) continue;
            for (Node input : nodes.get(i).inputs) {
                if (input.requiresGrad) visit[input.index] = true;
            }
        }
        liveRoot = root;
        liveCount = nodes.size();
        live = visit;
        return visit;
    }

    /** Appends a node to the tape and computes its value (every operation goes through here). */
    Node record(Node node) {
        node.index = nodes.size();
        nodes.add(node);
        node.forward();
        return node;
    }

    private Node own(Node node) {
        if (node.graph != this) throw new IllegalArgumentException(node + " belongs to another graph");
        return node;
    }

    private void checkPrecision(String what, Tensor t) {
        if (t.precision() != precision) {
            throw new IllegalArgumentException(what + " is " + t.precision().label() + " but the graph is "
                    + precision.label());
        }
    }
}
