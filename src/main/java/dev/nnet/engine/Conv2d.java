package dev.nnet.engine;

import java.util.List;

/**
 * A 2-D convolution layer over [batch, channels, height, width] (torch's nn.Conv2d): weights
 * [filters, channels, kh, kw] initialised with fan_in = channels kh kw and fan_out = filters kh kw
 * (as torch.nn.init computes them for a convolution), a bias per filter starting at zero.
 */
public final class Conv2d implements Layer {
    private final String name;
    private final int inChannels;
    private final int filters;
    private final int kh;
    private final int kw;
    private final int[] stride;
    private final int[] padding;
    private final Parameter weight;
    private final Parameter bias;

    public Conv2d(String name, int inChannels, int filters, int kh, int kw, int[] stride, int[] padding, WeightInit init,
                  boolean bias, Precision precision, Rng rng) {
        if (inChannels <= 0 || filters <= 0 || kh <= 0 || kw <= 0) {
            throw new IllegalArgumentException("conv2d " + name + " needs positive channels, filters and kernel sizes");
        }
        if (stride.length != 2 || padding.length != 2 || stride[0] < 1 || stride[1] < 1 || padding[0] < 0 || padding[1] < 0) {
            throw new IllegalArgumentException("conv2d " + name + " needs two strides >= 1 and two paddings >= 0");
        }
        this.name = name;
        this.inChannels = inChannels;
        this.filters = filters;
        this.kh = kh;
        this.kw = kw;
        this.stride = stride.clone();
        this.padding = padding.clone();
        Tensor w = Tensor.zeros(precision, filters, inChannels, kh, kw);
        init.fill(w, inChannels * kh * kw, filters * kh * kw, rng);
        this.weight = new Parameter(name + ".weight", w);
        this.bias = bias ? new Parameter(name + ".bias", Tensor.zeros(precision, filters)) : null;
    }

    public Parameter weight() {
        return weight;
    }

    /** The bias, or null for a layer built without one. */
    public Parameter bias() {
        return bias;
    }

    @Override
    public Node forward(Graph g, Node x) {
        return g.conv2d(x, g.parameter(weight), bias == null ? null : g.parameter(bias), stride, padding);
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(weight) : List.of(weight, bias);
    }

    @Override
    public int[] outputShape(int[] in) {
        if (in.length != 3 || in[0] != inChannels) {
            throw new IllegalArgumentException("conv2d " + name + " expects rows of [" + inChannels + ", height, width], got "
                    + Shapes.show(in));
        }
        int oh = (in[1] + 2 * padding[0] - kh) / stride[0] + 1;
        int ow = (in[2] + 2 * padding[1] - kw) / stride[1] + 1;
        if (in[1] + 2 * padding[0] < kh || in[2] + 2 * padding[1] < kw) {
            throw new IllegalArgumentException("conv2d " + name + ": a " + kh + "x" + kw + " kernel does not fit " + Shapes.show(in));
        }
        return new int[] {filters, oh, ow};
    }

    @Override
    public String describe() {
        return "conv2d " + name + " " + inChannels + " -> " + filters + ", kernel " + kh + "x" + kw + ", stride "
                + stride[0] + "x" + stride[1] + ", padding " + padding[0] + "x" + padding[1];
    }
}
