package dev.nnet.engine;

import java.util.List;

/**
 * Updates parameters from their accumulated gradients, then clears the gradients. Each optimizer
 * keeps its state (moments, step counts) per parameter, keyed by identity, allocated on the first
 * step that sees the parameter; later steps allocate nothing.
 */
public interface Optimizer {
    void step(List<Parameter> params);

    /** The learning rate the next step will use. */
    double learningRate();

    /** Changes the learning rate for the following steps (what a {@link Schedule} drives). */
    void setLearningRate(double rate);
}
