package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.data.Normalizer;
import dev.nnet.engine.Sequential;
import java.util.List;

/**
 * A model while a script runs: its network, and what its training taught it about the data: the
 * normalisation to apply to new inputs and the names of the classes (both null before training).
 *
 * <p>The weights are drawn when the model is first used: a {@code train} draws them with its own
 * seed, any other use with seed 0. So a script's seeds alone fix its results, and a model defined in
 * one REPL input and trained in the next starts from the same weights as in a script.
 */
final class ModelState {
    final Plan.Model plan;
    private Sequential network;
    Normalizer normalizer;
    List<String> classNames;
    Plan.Loss loss;
    /** Provenance for a saved file: what the model was trained on, and with which seed (null before training). */
    List<String> featureNames;
    String dataSha256;
    Long seed;
    /** What each epoch of the last training measured, for {@code plot}; null before any training. */
    TrainingCurves curves;
    /** The loss with its parameter or def, as the last training used it. */
    Plan.Objective objective;
    /** Builds a def used as a loss into a graph. */
    java.util.function.Function<dev.nnet.ast.Statement.Def, DefLoss> defLosses = def -> {
        throw new IllegalStateException("no def losses here");
    };

    private final java.util.function.Function<dev.nnet.ast.Statement.Def, dev.nnet.engine.Layer> defLayers;

    ModelState(Plan.Model plan, java.util.function.Function<dev.nnet.ast.Statement.Def, dev.nnet.engine.Layer> defLayers) {
        this.plan = plan;
        this.defLayers = defLayers;
    }

    /** The network, drawing its weights with {@code seed} if this is the model's first use. */
    Sequential network(long seed) {
        if (network == null) network = Networks.build(plan, seed, defLayers);
        return network;
    }

    /** The network, for uses after the first (training has drawn the weights already, or seed 0 does). */
    Sequential network() {
        return network(0);
    }
}
