package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Normalizer;
import dev.nnet.engine.Sequential;
import java.util.List;

/**
 * A model while a script runs: its network, and what its training taught it about the data: the
 * normalisation to apply to new inputs and the names of the classes (both null before training).
 */
final class ModelState {
    final Plan.Model plan;
    final Sequential network;
    Normalizer normalizer;
    List<String> classNames;
    Plan.Loss loss;

    ModelState(Plan.Model plan, Sequential network) {
        this.plan = plan;
        this.network = network;
    }

    boolean trained() {
        return loss != null;
    }
}
