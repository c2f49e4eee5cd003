package dev.nnet.engine;

/**
 * Y = A . B for A [n,k] and B [k,m]. Backward: dA = dY . B^T and dB = A^T . dY.
 */
final class MatMul extends Node {
    private final Node a;
    private final Node b;
    private final int n;
    private final int k;
    private final int m;
    private final GemmScratch forwardScratch;
    private final GemmScratch gradAScratch; // null when A needs no gradient
    private final GemmScratch gradBScratch; // null when B needs no gradient

    MatMul(Graph graph, Node a, Node b) {
        super(graph, shapeOf(a, b), a, b);
        this.a = a;
        this.b = b;
        this.n = a.value.dim(0);
        this.k = a.value.dim(1);
        this.m = b.value.dim(1);
        Precision p = graph.precision();
        this.forwardScratch = GemmScratch.of(p, k, m);
        this.gradAScratch = a.requiresGrad ? GemmScratch.of(p, m, k) : null;
        this.gradBScratch = b.requiresGrad ? GemmScratch.of(p, n, m) : null;
    }

    private static int[] shapeOf(Node a, Node b) {
        int[] sa = a.value.shape(), sb = b.value.shape();
        if (sa.length != 2 || sb.length != 2) {
            throw new IllegalArgumentException("matmul needs two matrices, got shapes " + Shapes.show(sa)
                    + " and " + Shapes.show(sb));
        }
        if (sa[1] != sb[0]) {
            throw new IllegalArgumentException("matmul: " + Shapes.show(sa) + " x " + Shapes.show(sb)
                    + ": the left has " + sa[1] + " columns but the right has " + sb[0] + " rows");
        }
        return new int[] {sa[0], sb[1]};
    }

    @Override
    void forward() {
        kernels.gemm(false, false, n, k, m, a.value, b.value, value, false, forwardScratch);
    }

    @Override
    void backward() {
        if (a.requiresGrad) { // dA[n,k] += dY[n,m] . B^T[m,k]
            kernels.gemm(false, true, n, m, k, grad, b.value, a.grad, true, gradAScratch);
        }
        if (b.requiresGrad) { // dB[k,m] += A^T[k,n] . dY[n,m]
            kernels.gemm(true, false, k, n, m, a.value, grad, b.grad, true, gradBScratch);
        }
    }

    @Override
    String op() {
        return "matmul";
    }
}
