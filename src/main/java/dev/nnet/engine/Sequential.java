package dev.nnet.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Layers applied one after the other. */
public final class Sequential implements Layer {
    private final List<Layer> layers;

    public Sequential(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    public List<Layer> layers() {
        return layers;
    }

    /** Every layer's parameters, in layer order. */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : layers) all.addAll(layer.parameters());
        return List.copyOf(all);
    }

    @Override
    public Node forward(Graph g, Node x) {
        return forward(g, x, layers.size());
    }

    /** Runs only the first {@code layerCount} layers (0 returns x itself). */
    public Node forward(Graph g, Node x, int layerCount) {
        if (layerCount < 0 || layerCount > layers.size()) {
            throw new IllegalArgumentException("layer count " + layerCount + " outside 0.." + layers.size());
        }
        Node y = x;
        for (int i = 0; i < layerCount; i++) y = layers.get(i).forward(g, y);
        return y;
    }

    @Override
    public int[] outputShape(int[] inputShapeWithoutBatch) {
        int[] shape = inputShapeWithoutBatch;
        for (Layer layer : layers) shape = layer.outputShape(shape);
        return shape.clone();
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("sequential");
        for (Layer layer : layers) sb.append("\n  ").append(layer.describe());
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe() + "\n  parameters: " + Arrays.toString(parameters().toArray());
    }
}
