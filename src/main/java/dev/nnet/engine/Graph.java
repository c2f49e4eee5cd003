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
    private boolean training = true;

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

    /**
     * Whether the graph runs in training mode (the default, as a torch module): dropout draws
     * masks and batch normalisation uses the batch's statistics and updates its running ones. In
     * inference mode dropout is the identity and batch normalisation uses the running statistics.
     * Read at every forward, so one graph can switch.
     */
    public boolean training() {
        return training;
    }

    public void setTraining(boolean training) {
        this.training = training;
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

    /** x for x > 0, else slope * x. */
    public Node leakyRelu(Node a, double slope) {
        return apply(Pointwise.LEAKY_RELU, slope, a);
    }

    /** x for x > 0, else alpha (e^x - 1). */
    public Node elu(Node a, double alpha) {
        return apply(Pointwise.ELU, alpha, a);
    }

    /** x Phi(x) with Phi the standard normal's distribution function: the exact (erf) form, PyTorch's default. */
    public Node gelu(Node a) {
        return apply(Pointwise.GELU, 0, a);
    }

    /** x sigmoid(x). */
    public Node silu(Node a) {
        return apply(Pointwise.SILU, 0, a);
    }

    /** log(1 + e^x) (x itself above 20, as torch). */
    public Node softplus(Node a) {
        return apply(Pointwise.SOFTPLUS, 0, a);
    }

    private Node apply(Pointwise f, Node a) {
        return apply(f, 0, a);
    }

    private Node apply(Pointwise f, double parameter, Node a) {
        return record(new Elementwise.Apply(this, f, parameter, own(a)));
    }

    /** The same numbers in another shape (one size may be -1: whatever fits); shares storage, copies nothing. */
    public Node reshape(Node a, int... shape) {
        return record(new Views.Reshape(this, own(a), Views.resolve(a.value.shape(), shape)));
    }

    /** Inverted dropout with its own generator: see {@link #training()}. */
    public Node dropout(Node a, double rate, Rng rng) {
        return record(new DropoutMask(this, own(a), rate, rng));
    }

    /**
     * Batch normalisation over axis 1 of x [batch, channels, ...], with per-channel scale gamma and
     * shift beta; the running statistics are the caller's tensors (updated in training mode).
     */
    public Node batchNorm(Node x, Node gamma, Node beta, Tensor runningMean, Tensor runningVar, double momentum,
                          double eps) {
        checkPrecision("running mean", runningMean);
        checkPrecision("running variance", runningVar);
        return record(new BatchNormalization(this, own(x), own(gamma), own(beta), runningMean, runningVar, momentum, eps));
    }

    /** Layer normalisation over the last axis, with per-feature scale gamma and shift beta. */
    public Node layerNorm(Node x, Node gamma, Node beta, double eps) {
        return record(new LayerNormalization(this, own(x), own(gamma), own(beta), eps));
    }

    /**
     * 2-D convolution of x [N, C, H, W] with w [F, C, KH, KW] and bias [F] (or null), stride
     * {strideH, strideW} and zero padding {padH, padW}: [N, F, OH, OW].
     */
    public Node conv2d(Node x, Node w, Node bias, int[] stride, int[] padding) {
        return record(new Convolution(this, own(x), own(w), bias == null ? null : own(bias), stride.clone(), padding.clone()));
    }

    /** The largest element of each KH x KW window of x [N, C, H, W], windows strideH, strideW apart. */
    public Node maxPool(Node x, int kh, int kw, int strideH, int strideW) {
        return record(new Pooling.Max(this, own(x), kh, kw, strideH, strideW));
    }

    /** The mean of each KH x KW window of x [N, C, H, W], windows strideH, strideW apart. */
    public Node avgPool(Node x, int kh, int kw, int strideH, int strideW) {
        return record(new Pooling.Average(this, own(x), kh, kw, strideH, strideW));
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

    /** Mean of the absolute differences (L1). */
    public Node mae(Node prediction, Node target) {
        return record(new RegressionLosses.MeanAbsoluteError(this, own(prediction), own(target)));
    }

    /** Mean Huber loss: quadratic for differences below delta, linear beyond. */
    public Node huber(Node prediction, Node target, double delta) {
        return record(new RegressionLosses.Huber(this, own(prediction), own(target), delta));
    }

    /** Mean over rows of -sum_j t_j x_j, for log-probabilities x (after a log-softmax). */
    public Node nll(Node logProbabilities, Node target) {
        return record(new NegativeLogLikelihood(this, own(logProbabilities), own(target)));
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
