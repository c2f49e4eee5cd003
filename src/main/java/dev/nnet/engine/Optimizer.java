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

    /**
     * A copy of everything later steps depend on besides the parameters' values: the learning rate
     * and, for each of {@code params} seen so far, its moments, buffers or step count.
     */
    OptimizerState saveState(List<Parameter> params);

    /**
     * Replaces this optimizer's state with one {@link #saveState} gave for parameters of the same
     * shapes, in the same order; the steps that follow then match those of the optimizer it came
     * from, bit for bit. Throws IllegalArgumentException when the state does not fit.
     */
    void loadState(List<Parameter> params, OptimizerState state);
}
