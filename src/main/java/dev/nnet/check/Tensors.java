package dev.nnet.check;

import java.util.List;

/** Which values can stand for a tensor: tensors, numbers (scalars), and lists of numbers (literals). */
final class Tensors {
    private Tensors() {
    }

    /** The value as a tensor, or null when it cannot be one. */
    static Value.TensorValue asTensor(Value v) {
        if (v instanceof Value.TensorValue t) return t;
        if (Operators.isAnyNumber(v)) return new Value.TensorValue(Shape.scalar(), false);
        if (v instanceof Value.ListValue list && !list.items().isEmpty()) {
            List<Value> items = list.items();
            if (items.stream().allMatch(Operators::isAnyNumber)) {
                return new Value.TensorValue(Shape.of(items.size()), false);
            }
            if (items.stream().allMatch(i -> i instanceof Value.ListValue)) {
                int width = ((Value.ListValue) items.get(0)).items().size();
                boolean rectangular = items.stream().allMatch(i -> ((Value.ListValue) i).items().size() == width
                        && ((Value.ListValue) i).items().stream().allMatch(Operators::isAnyNumber));
                if (rectangular && width > 0) return new Value.TensorValue(Shape.of(items.size(), width), false);
            }
        }
        return null;
    }
}
