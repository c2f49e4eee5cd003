package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.check.Value;
import dev.nnet.engine.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values of the running script: Long, Double, Boolean, String, List, Map (records),
 * {@link TensorRef}, optimizers, models, datasets and batches. This class turns the checker's
 * constants into them and shows them for {@code print}.
 */
final class RuntimeValues {
    private RuntimeValues() {
    }

    /** A mini-batch of the explicit loop. */
    record Batch(TensorRef x, TensorRef y) {
    }

    /** {@code data.batches(n, shuffle:)}. */
    record Batches(Plan.DataRef data, int size, boolean shuffle) {
    }

    /** {@code a..b}, both ends included. */
    record Range(long from, long to) {
    }

    /** An optimizer as a value: its settings and its state (momentum, moments), kept across steps. */
    record OptimizerRef(Plan.Optimizer settings, dev.nnet.engine.Optimizer optimizer) {
    }

    static Object fromConstant(Value v) {
        if (v instanceof Value.IntValue i) return i.value();
        if (v instanceof Value.FloatValue f) return f.value();
        if (v instanceof Value.BoolValue b) return b.value();
        if (v instanceof Value.StringValue s) return s.value();
        if (v instanceof Value.WordValue w) return w.word();
        if (v instanceof Value.WordCall w) return w.describe(); // used by layers and train, which the checker resolved
        if (v instanceof Value.OptimizerValue o) return new OptimizerRef(o.optimizer(), Trainer.optimizer(o.optimizer()));
        if (v instanceof Value.ListValue l) {
            List<Object> items = new ArrayList<>();
            for (Value item : l.items()) items.add(fromConstant(item));
            return items;
        }
        if (v instanceof Value.RecordValue r) {
            Map<String, Object> fields = new LinkedHashMap<>();
            r.fields().forEach((k, value) -> fields.put(k, fromConstant(value)));
            return fields;
        }
        throw new IllegalStateException("not a constant: " + v);
    }

    static String show(Object v) {
        if (v instanceof Double d) return Plan.number(d);
        if (v instanceof Float f) return shortNumber(f);
        if (v instanceof TensorRef t) {
            Tensor value = t.node().value();
            return value.size() == 1 && value.rank() <= 1 ? shortNumber(value.get(0)) : value.toString();
        }
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) items.add(show(item));
            return "[" + String.join(", ", items) + "]";
        }
        if (v instanceof dev.nnet.check.Word w) return w.text;
        if (v instanceof OptimizerRef o) return o.settings().describe();
        return String.valueOf(v);
    }

    /** A measured number, to six significant digits: 0.0123457, 1.5e-07. */
    static String shortNumber(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) return s.replaceAll("\\.?0+e", "e");
        return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
    }
}
