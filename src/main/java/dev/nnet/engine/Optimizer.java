package dev.nnet.engine;

import java.util.List;

/** Updates parameters from their accumulated gradients, then clears the gradients. */
public interface Optimizer {
    void step(List<Parameter> params);
}
