package dev.nnet.runtime;

import dev.nnet.engine.BatchNorm;
import dev.nnet.engine.Layer;
import dev.nnet.engine.Parameter;
import dev.nnet.engine.Sequential;
import dev.nnet.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of everything a network has learnt: its parameters and the running statistics of its
 * batch normalisations. Early stopping takes one at each best epoch and puts the best one back.
 */
final class WeightSnapshot {
    private final List<Tensor> tensors;
    private final List<Object> copies = new ArrayList<>();

    private WeightSnapshot(List<Tensor> tensors) {
        this.tensors = tensors;
        for (Tensor t : tensors) copies.add(t.precision() == dev.nnet.engine.Precision.FLOAT32 ? t.floats().clone()
                : t.doubles().clone());
    }

    static WeightSnapshot of(Sequential network) {
        return new WeightSnapshot(tensors(network));
    }

    /** The network's own tensors that training changes, in a fixed order: parameters, then running statistics. */
    static List<Tensor> tensors(Sequential network) {
        List<Tensor> tensors = new ArrayList<>();
        for (Parameter p : network.parameters()) tensors.add(p.value());
        for (Layer layer : network.layers()) {
            if (layer instanceof BatchNorm b) {
                tensors.add(b.runningMean());
                tensors.add(b.runningVariance());
            }
        }
        return tensors;
    }

    /** The copied values, in the order of {@link #tensors} (training is in float32). */
    List<float[]> values() {
        return copies.stream().map(c -> (float[]) c).toList();
    }

    /** Replaces the copied values (a checkpoint's best weights), each the size of its tensor. */
    void replace(List<float[]> values) {
        if (values.size() != copies.size()) throw new IllegalArgumentException("a snapshot of " + copies.size()
                + " tensors cannot take " + values.size());
        for (int i = 0; i < values.size(); i++) {
            float[] into = (float[]) copies.get(i);
            if (values.get(i).length != into.length) throw new IllegalArgumentException("tensor " + i + " has "
                    + into.length + " values, not " + values.get(i).length);
            System.arraycopy(values.get(i), 0, into, 0, into.length);
        }
    }

    /** Copies everything {@code from} has learnt into {@code to}, a network of the same architecture. */
    static void copy(Sequential from, Sequential to) {
        WeightSnapshot source = of(from);
        WeightSnapshot target = of(to);
        for (int i = 0; i < target.tensors.size(); i++) {
            Object copy = source.copies.get(i);
            if (copy instanceof float[] f) System.arraycopy(f, 0, target.tensors.get(i).floats(), 0, f.length);
            else System.arraycopy((double[]) copy, 0, target.tensors.get(i).doubles(), 0, ((double[]) copy).length);
        }
    }

    /** Writes the copied values back into the network's own tensors. */
    void restore() {
        for (int i = 0; i < tensors.size(); i++) {
            Object copy = copies.get(i);
            if (copy instanceof float[] f) System.arraycopy(f, 0, tensors.get(i).floats(), 0, f.length);
            else System.arraycopy((double[]) copy, 0, tensors.get(i).doubles(), 0, ((double[]) copy).length);
        }
    }
}
