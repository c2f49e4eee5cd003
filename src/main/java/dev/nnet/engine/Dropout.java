package dev.nnet.engine;

import java.util.List;

/**
 * Dropout as a layer: in training mode each element is zeroed with probability {@code rate} and
 * the rest scaled by 1 / (1 - rate); in inference mode the identity (see {@link Graph#training()}).
 * The masks come from the generator given, which should be the model's one generator for the
 * purpose "dropout" ({@code Rng.forPurpose(seed, "dropout")}), shared by all its dropout layers:
 * drawing masks then shifts no other randomness (initialisation, shuffling).
 */
public final class Dropout implements Layer {
    private final double rate;
    private final Rng rng;

    public Dropout(double rate, Rng rng) {
        if (!(rate >= 0 && rate < 1)) throw new IllegalArgumentException("dropout rate must lie in [0, 1), got " + rate);
        this.rate = rate;
        this.rng = rng;
    }

    /** The generator its masks come from: saving its state lets a resumed run draw the same masks. */
    public Rng rng() {
        return rng;
    }

    public double rate() {
        return rate;
    }

    @Override
    public Node forward(Graph g, Node x) {
        return g.dropout(x, rate, rng);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public int[] outputShape(int[] inputShapeWithoutBatch) {
        return inputShapeWithoutBatch.clone();
    }

    @Override
    public String describe() {
        return "dropout " + rate;
    }
}
