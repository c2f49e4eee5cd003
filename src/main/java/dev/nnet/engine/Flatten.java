package dev.nnet.engine;

import java.util.List;

/** [batch, d1, d2, ...] to [batch, d1 d2 ...], sharing storage (torch's nn.Flatten). */
public final class Flatten implements Layer {

    @Override
    public Node forward(Graph g, Node x) {
        if (x.value.rank() == 0) throw new IllegalArgumentException("flatten needs a batch axis, got a scalar");
        return g.reshape(x, x.value.dim(0), -1);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public int[] outputShape(int[] inputShapeWithoutBatch) {
        return new int[] {Tensor.sizeOf(inputShapeWithoutBatch)};
    }

    @Override
    public String describe() {
        return "flatten";
    }
}
