package dev.nnet.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an optimizer keeps between steps, copied out so that a training run can stop and later
 * continue to the same bits: tensors (moments, buffers, step sizes) named {@code "i.name"}, where
 * i is the parameter's index in the list the optimizer steps, and numbers (the learning rate, step
 * counts, running powers) named the same way. Storing it anywhere is the caller's business.
 */
public record OptimizerState(Map<String, Tensor> tensors, Map<String, Double> numbers) {
    public OptimizerState {
        tensors = new LinkedHashMap<>(tensors);
        numbers = new LinkedHashMap<>(numbers);
    }

    public static OptimizerState empty() {
        return new OptimizerState(Map.of(), Map.of());
    }

    void put(int index, String name, Tensor t) {
        tensors.put(index + "." + name, t.copy());
    }

    void put(String name, double value) {
        numbers.put(name, value);
    }

    void put(int index, String name, double value) {
        numbers.put(index + "." + name, value);
    }

    double number(int index, String name) {
        return number(index + "." + name);
    }

    boolean has(int index, String name) {
        return tensors.containsKey(index + "." + name);
    }

    /** Copies the tensor saved for parameter {@code index} into {@code into}, which must have its shape. */
    void copy(int index, String name, Tensor into) {
        Tensor saved = tensors.get(index + "." + name);
        if (saved == null) throw new IllegalArgumentException("the optimizer state has no tensor " + index + "." + name);
        if (!saved.hasShape(into.shape())) {
            throw new IllegalArgumentException("the optimizer state's tensor " + index + "." + name + " has shape "
                    + java.util.Arrays.toString(saved.shape()) + ", not " + java.util.Arrays.toString(into.shape()));
        }
        into.copyFrom(saved);
    }

    double number(String name) {
        Double v = numbers.get(name);
        if (v == null) throw new IllegalArgumentException("the optimizer state has no number " + name);
        return v;
    }
}
