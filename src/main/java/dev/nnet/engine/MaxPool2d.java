package dev.nnet.engine;

import java.util.List;

/** Max pooling over kh x kw windows of [batch, channels, height, width], strideH, strideW apart (torch's nn.MaxPool2d). */
public final class MaxPool2d implements Layer {
    private final int kh, kw, strideH, strideW;

    /** torch's default stride is the window's size. */
    public MaxPool2d(int kh, int kw, int strideH, int strideW) {
        if (kh < 1 || kw < 1 || strideH < 1 || strideW < 1) throw new IllegalArgumentException("max_pool needs windows and strides >= 1");
        this.kh = kh;
        this.kw = kw;
        this.strideH = strideH;
        this.strideW = strideW;
    }

    @Override
    public Node forward(Graph g, Node x) {
        return g.maxPool(x, kh, kw, strideH, strideW);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public int[] outputShape(int[] in) {
        return PoolShapes.output("max_pool", in, kh, kw, strideH, strideW);
    }

    @Override
    public String describe() {
        return "max_pool " + kh + "x" + kw + ", stride " + strideH + "x" + strideW;
    }
}
