package dev.nnet.runtime;

import dev.nnet.data.Examples;
import dev.nnet.engine.Precision;
import dev.nnet.engine.Rng;
import dev.nnet.engine.Tensor;
import java.util.function.Consumer;

/**
 * The mini-batches of a dataset part for the explicit loop: x is [rows, features]; y is [rows, 1]
 * for a real target or two classes (the class index), one-hot [rows, k] for k > 2 classes, the
 * same rule the checker types {@code batch.y} with.
 */
final class BatchIterator {
    private final Examples examples;
    private final RuntimeValues.Batches batches;
    private final Rng order;
    private final Expressions expressions;

    BatchIterator(Examples examples, RuntimeValues.Batches batches, Rng order, Expressions expressions) {
        this.examples = examples;
        this.batches = batches;
        this.order = order;
        this.expressions = expressions;
    }

    void forEach(Consumer<RuntimeValues.Batch> body) {
        int n = examples.count();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        if (batches.shuffle()) order.shuffle(rows);
        int width = examples.width();
        int k = examples.isClassification() && examples.classNames().size() > 2 ? examples.classNames().size() : 1;
        for (int start = 0; start < n; start += batches.size()) {
            int count = Math.min(batches.size(), n - start);
            float[] x = new float[count * width];
            float[] y = new float[count * k];
            for (int i = 0; i < count; i++) {
                System.arraycopy(examples.x(), rows[start + i] * width, x, i * width, width);
                Targets.write(examples, rows[start + i], k, y, i);
            }
            var graph = expressions.graph();
            body.accept(new RuntimeValues.Batch(TensorRef.of(graph.constant(Tensor.wrap(x, count, width)), graph),
                    TensorRef.of(graph.constant(Tensor.wrap(y, count, k)), graph)));
        }
    }
}
