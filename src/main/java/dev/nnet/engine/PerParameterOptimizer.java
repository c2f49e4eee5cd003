package dev.nnet.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the optimizers with a state per parameter share: the learning rate, the state of each
 * parameter (made at the first step that sees it, keyed by identity, so that later steps allocate
 * nothing), and saving and loading those states by the parameters' positions for checkpoints. A
 * subclass says what a state holds, how it is saved and how it is read back.
 */
abstract class PerParameterOptimizer<S> implements Optimizer {
    protected double learningRate;
    private final Map<Parameter, S> states = new IdentityHashMap<>();

    PerParameterOptimizer(double learningRate) {
        this.learningRate = learningRate;
    }

    /** A state for a parameter shaped like {@code like}, as its first step finds it. */
    abstract S newState(Tensor like);

    /** The name of a value the saved state of every parameter has: it tells which parameters had one. */
    abstract String savedKey();

    /** Puts the state of parameter {@code i} into {@code saved}. */
    abstract void save(S state, int i, OptimizerState saved);

    /** Overwrites a fresh {@code state} with what {@link #save} put into {@code saved} for parameter {@code i}. */
    abstract void load(S state, int i, OptimizerState saved);

    /** The state of {@code p}, made on its first step. */
    final S state(Parameter p) {
        S s = states.get(p);
        if (s == null) {
            s = newState(p.value());
            states.put(p, s);
        }
        return s;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRate(double rate) {
        learningRate = rate;
    }

    @Override
    public final OptimizerState saveState(List<Parameter> params) {
        OptimizerState saved = OptimizerState.empty();
        saved.put("learning_rate", learningRate);
        for (int i = 0; i < params.size(); i++) {
            S s = states.get(params.get(i));
            if (s != null) save(s, i, saved);
        }
        return saved;
    }

    @Override
    public final void loadState(List<Parameter> params, OptimizerState saved) {
        learningRate = saved.number("learning_rate");
        states.clear();
        for (int i = 0; i < params.size(); i++) {
            if (!saved.has(i, savedKey())) continue;
            S s = newState(params.get(i).value());
            load(s, i, saved);
            states.put(params.get(i), s);
        }
    }
}
