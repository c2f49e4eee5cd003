package dev.nnet.check;

/** Questions about values that several rules ask. */
final class Values {
    private Values() {
    }

    /** Whether the value is fully known before running (and so can be used as it is by the runtime). */
    static boolean isConstant(Value v) {
        if (v instanceof Value.ListValue l) return l.items().stream().allMatch(Values::isConstant);
        if (v instanceof Value.RecordValue r) return r.fields().values().stream().allMatch(Values::isConstant);
        return v instanceof Value.IntValue || v instanceof Value.FloatValue || v instanceof Value.StringValue
                || v instanceof Value.BoolValue || v instanceof Value.WordValue || v instanceof Value.OptimizerValue
                || v instanceof Value.WordCall;
    }

    /** What a loop over a list gives each time: a value of the items' type, known only while running. */
    static Value elementOf(Value.ListValue list) {
        if (list.items().isEmpty()) return new Value.Invalid();
        Value first = list.items().get(0);
        if (first instanceof Value.IntValue) return Value.Opaque.INT;
        if (first instanceof Value.FloatValue) return Value.Opaque.FLOAT;
        if (first instanceof Value.BoolValue) return Value.Opaque.BOOL;
        if (first instanceof Value.StringValue) return Value.Opaque.STRING;
        return first;
    }

    /**
     * One batch of a dataset: x is [B, features]; y is [B, 1] for a real target or two classes (the
     * class index 0 or 1), and one-hot [B, k] for k > 2 classes.
     */
    static Value batchOf(Value.BatchesValue b) {
        Value.Schema schema = b.data().schema();
        int k = schema.classification() && schema.classes().size() > 2 ? schema.classes().size() : 1;
        return new Value.BatchValue(new Value.TensorValue(Shape.of(Shape.BATCH, schema.width()), false),
                new Value.TensorValue(Shape.of(Shape.BATCH, k), false));
    }
}
