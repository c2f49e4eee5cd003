package dev.nnet.engine;

import java.util.List;

/**
 * Max or average pooling over kh x kw windows of [batch, channels, height, width], strideH, strideW
 * apart (torch's nn.MaxPool2d and nn.AvgPool2d; their default stride is the window's size).
 */
public final class Pool2d implements Layer {
    private final boolean max;
    private final int kh, kw, strideH, strideW;

    private Pool2d(boolean max, int kh, int kw, int strideH, int strideW) {
        if (kh < 1 || kw < 1 || strideH < 1 || strideW < 1) {
            throw new IllegalArgumentException(name(max) + " needs windows and strides >= 1");
        }
        this.max = max;
        this.kh = kh;
        this.kw = kw;
        this.strideH = strideH;
        this.strideW = strideW;
    }

    public static Pool2d max(int kh, int kw, int strideH, int strideW) {
        return new Pool2d(true, kh, kw, strideH, strideW);
    }

    public static Pool2d average(int kh, int kw, int strideH, int strideW) {
        return new Pool2d(false, kh, kw, strideH, strideW);
    }

    private static String name(boolean max) {
        return max ? "max_pool" : "avg_pool";
    }

    @Override
    public Node forward(Graph g, Node x) {
        return max ? g.maxPool(x, kh, kw, strideH, strideW) : g.avgPool(x, kh, kw, strideH, strideW);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public int[] outputShape(int[] in) {
        return PoolShapes.output(name(max), in, kh, kw, strideH, strideW);
    }

    @Override
    public String describe() {
        return name(max) + " " + kh + "x" + kw + ", stride " + strideH + "x" + strideW;
    }
}
