package dev.nnet.check;

import dev.nnet.ast.Span;
import java.util.Map;

/** The arguments of one call, each matched to its parameter, with where each was written. */
record BoundArguments(Map<String, Value> values, Map<String, Span> spans) {

    Value get(String name) {
        return values.get(name);
    }

    double number(String name) {
        Value v = values.get(name);
        if (v instanceof Value.IntValue i) return i.value();
        if (v instanceof Value.FloatValue f) return f.value();
        throw new IllegalStateException(name + " is not a number: " + v);
    }

    long integer(String name) {
        return ((Value.IntValue) values.get(name)).value();
    }

    boolean bool(String name) {
        return ((Value.BoolValue) values.get(name)).value();
    }

    /** Where the argument was written, or null when it took its default. */
    Span spanOf(String name) {
        return spans.get(name);
    }
}
