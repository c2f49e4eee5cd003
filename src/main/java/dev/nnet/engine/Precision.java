package dev.nnet.engine;

/**
 * The number type a tensor stores. FLOAT32 is what NNet trains with; FLOAT64 exists so that
 * gradient checks against finite differences can reach a relative error near 1e-8.
 */
public enum Precision {
    FLOAT32,
    FLOAT64;

    /** The name users see: "float32" or "float64". */
    public String label() {
        return this == FLOAT32 ? "float32" : "float64";
    }
}
