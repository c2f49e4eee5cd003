package dev.nnet.check;

import java.util.stream.Collectors;

/** How {@code print} shows a value. */
final class Printing {
    private Printing() {
    }

    static String show(Value v) {
        if (v instanceof Value.StringValue s) return s.value();
        if (v instanceof Value.IntValue i) return Long.toString(i.value());
        if (v instanceof Value.FloatValue f) return Optimizers.format(f.value());
        if (v instanceof Value.BoolValue b) return Boolean.toString(b.value());
        if (v instanceof Value.ListValue l) return l.items().stream().map(Printing::show)
                .collect(Collectors.joining(", ", "[", "]"));
        if (v instanceof Value.WordValue w) return w.word().text;
        if (v instanceof Value.WordCall w) return w.describe();
        if (v instanceof Value.DatasetValue d) return d.displayName() + ": " + d.typeName();
        if (v instanceof Value.ModelValue m) return m.model().name() + ": " + m.typeName();
        if (v instanceof Value.OptimizerValue o) return o.optimizer().describe();
        return v.typeName();
    }
}
