package dev.nnet.check;

import dev.nnet.ast.ModelItem;
import dev.nnet.ast.Span;
import dev.nnet.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a model's lines, each checked against its type and range: {@code input},
 * {@code dense}, {@code conv2d}, the pools, {@code reshape}, {@code dropout} and activations with a
 * parameter. Whether the layers fit each other is {@link LayerShapes}'s question.
 */
final class LayerArguments {
    private static final long MAX_SIZE = 1_000_000_000L;
    private final Context cx;

    LayerArguments(Context cx) {
        this.cx = cx;
    }

    /** {@code input 4} is [4]; {@code input [1, 28, 28]} is one example of 1 channel, 28 high and 28 wide. */
    List<Integer> inputShape(ModelItem.Input input) {
        Value v = cx.evaluator.eval(input.size());
        Span at = input.size().span();
        if (v instanceof Value.IntValue i) {
            if (i.value() >= 1 && i.value() <= MAX_SIZE) return List.of((int) i.value());
            cx.reporter.error(DiagnosticCode.E0405, at, "the input width must be at least 1, but it "
                    + "is " + i.value(), "must be >= 1");
            return null;
        }
        if (v instanceof Value.ListValue list && !list.items().isEmpty() && list.items().size() <= 3
                && list.items().stream().allMatch(x -> x instanceof Value.IntValue)) {
            List<Integer> shape = sizes(list, at, "the input's sizes");
            if (shape != null && Plan.size(shape) > MAX_SIZE) {
                cx.reporter.error(DiagnosticCode.E0405, at, "an example of " + Plan.shapeName(shape) + " has more "
                        + "than " + MAX_SIZE + " values", "too large");
                return null;
            }
            return shape;
        }
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, at, "`input` needs the number of features, or the shape of one "
                    + "example as a list of up to three whole numbers, but this is " + Evaluator.describe(v),
                    "expected a whole number or a shape", "for example `input 4`, or `input [1, 28, 28]` for "
                            + "one-channel 28x28 images (channels, height, width)");
        }
        return null;
    }

    /** Whole numbers of at least 1; null (reported) when one is not. */
    private List<Integer> sizes(Value.ListValue list, Span at, String what) {
        List<Integer> shape = new ArrayList<>();
        for (Value item : list.items()) {
            long n = ((Value.IntValue) item).value();
            if (n < 1 || n > MAX_SIZE) {
                cx.reporter.error(DiagnosticCode.E0405, at, what + " must be at least 1, but one is " + n,
                        "must be >= 1");
                return null;
            }
            shape.add((int) n);
        }
        return shape;
    }

    Plan.Layer dropout(ModelItem.Layer l) {
        BoundArguments a = cx.evaluator.bind(l.arguments(), Signature.DROPOUT, l.name().span());
        if (a == null) return null;
        double rate = a.number("rate");
        if (rate < 0 || rate >= 1) {
            cx.reporter.error(DiagnosticCode.E0405, a.spanOf("rate"), "a dropout rate must be at least 0 and below 1, "
                    + "but it is " + Plan.number(rate), "must be in [0, 1)", "the usual values are 0.1 to 0.5");
            return null;
        }
        return new Plan.Dropout(rate, l.span());
    }

    /** {@code relu}, {@code leaky_relu(0.2)}, {@code elu(0.5)} on a line of their own. */
    Plan.Layer activation(ModelItem.Layer l, Word word) {
        Signature signature = Signature.ofWord(word);
        if (signature == null || l.arguments().isEmpty()) {
            if (!l.arguments().isEmpty()) {
                cx.evaluator.bind(l.arguments(), Signature.none(word.text), l.name().span());
                return null;
            }
            return new Plan.ActivationLayer(Plan.Activation.valueOf(word.name()), Double.NaN, l.span());
        }
        Value v = WordCalls.bind(cx.evaluator, new dev.nnet.ast.Expr.Call(new dev.nnet.ast.Expr.Name(word.text,
                l.name().span()), l.arguments(), l.span()), word);
        if (!(v instanceof Value.WordCall call)) return null;
        return new Plan.ActivationLayer(Plan.Activation.valueOf(word.name()), call.argument(0), l.span());
    }

    Plan.Layer dense(ModelItem.Layer l) {
        if (!l.called()) {
            cx.reporter.error(DiagnosticCode.E0208, l.name().span(), "`dense` needs the number of units",
                    "missing units", "write `dense(8)` or `dense(8, activation: relu)`");
            return null;
        }
        BoundArguments a = cx.evaluator.bind(l.arguments(), Signature.DENSE, l.name().span());
        if (a == null) return null;
        long units = a.integer("units");
        if (units < 1 || units > MAX_SIZE) {
            cx.reporter.error(DiagnosticCode.E0405, a.spanOf("units"), "a dense layer needs at least 1 unit, but this "
                    + "asks for " + units, "must be >= 1");
            return null;
        }
        Plan.Init init = init(a);
        if (init == null && a.spanOf("init") != null) return null;
        Value activation = a.get("activation");
        if (activation instanceof Value.FunctionValue f) {
            if (!customActivationFits(f, (int) units, a)) return null;
            return new Plan.Dense((int) units, Plan.Activation.LINEAR, Double.NaN, f.def(), init, a.bool("bias"),
                    l.span());
        }
        if (activation instanceof Value.WordCall call) {
            return new Plan.Dense((int) units, Plan.Activation.valueOf(call.word().name()), call.argument(0), null,
                    init, a.bool("bias"), l.span());
        }
        Word word = ((Value.WordValue) activation).word();
        if (word.category != Word.Category.ACTIVATION) return null;
        return new Plan.Dense((int) units, Plan.Activation.valueOf(word.name()), Double.NaN, null, init,
                a.bool("bias"), l.span());
    }

    /** The initialiser named, or null for the default (or when wrong: then reported). */
    private Plan.Init init(BoundArguments a) {
        Value v = a.get("init");
        if (v instanceof Value.WordCall call) {
            return new Plan.Init(Plan.Initializer.valueOf(call.word().name()), call.argument(0), call.argument(1));
        }
        if (!(v instanceof Value.WordValue w)) return null;
        if (w.word() == Word.NORMAL || w.word() == Word.UNIFORM) {
            boolean normal = w.word() == Word.NORMAL;
            cx.reporter.error(DiagnosticCode.E0208, a.spanOf("init"), "`" + w.word().text + "` needs "
                    + (normal ? "its standard deviation" : "its bounds"), "missing arguments",
                    normal ? "for example `init: normal(0.01)`" : "for example `init: uniform(-0.1, 0.1)`");
            return null;
        }
        return Plan.Init.of(Plan.Initializer.valueOf(w.word().name()));
    }

    /** A def used as an activation takes one tensor and gives back one of the same shape. */
    private boolean customActivationFits(Value.FunctionValue f, int units, BoundArguments a) {
        String name = f.def().name().text();
        if (f.def().parameters().size() != 1) {
            cx.reporter.error(DiagnosticCode.E0303, a.spanOf("activation"), "`" + name + "` takes "
                    + f.def().parameters().size() + " arguments, but an activation takes one tensor",
                    "not an activation", "an activation is a `def` of one argument, such as `def swish(x) = x * sigmoid(x)`");
            return false;
        }
        return LayerShapes.defKeepsShape(cx, f.def(), Shape.of(Shape.BATCH, units), a.spanOf("activation"),
                "an activation");
    }

    Plan.Layer conv2d(ModelItem.Layer l) {
        BoundArguments a = cx.evaluator.bind(l.arguments(), Signature.CONV2D, l.name().span());
        if (a == null) return null;
        long filters = a.integer("filters");
        if (filters < 1 || filters > MAX_SIZE) {
            cx.reporter.error(DiagnosticCode.E0405, a.spanOf("filters"), "a conv2d layer needs at least 1 filter, but "
                    + "this asks for " + filters, "must be >= 1");
            return null;
        }
        int[] kernel = pair(a, "kernel", 1, "the kernel's size");
        int[] stride = pair(a, "stride", 1, "the stride");
        int[] padding = pair(a, "padding", 0, "the padding");
        Plan.Init init = init(a);
        if (kernel == null || stride == null || padding == null || init == null && a.spanOf("init") != null) {
            return null;
        }
        return new Plan.Conv2d((int) filters, kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], init,
                a.bool("bias"), l.span());
    }

    Plan.Layer pool(ModelItem.Layer l, boolean max) {
        BoundArguments a = cx.evaluator.bind(l.arguments(), Signature.pool(l.name().text()), l.name().span());
        if (a == null) return null;
        int[] size = pair(a, "size", 1, "the window's size");
        if (size == null) return null;
        int[] stride = a.get("stride") instanceof Value.StringValue ? size : pair(a, "stride", 1, "the stride");
        if (stride == null) return null;
        return new Plan.Pool(max, size[0], size[1], stride[0], stride[1], l.span());
    }

    Plan.Layer reshape(ModelItem.Layer l) {
        BoundArguments a = cx.evaluator.bind(l.arguments(), Signature.RESHAPE, l.name().span());
        if (a == null) return null;
        Value.ListValue list = (Value.ListValue) a.get("shape");
        if (list.items().size() > 3) {
            cx.reporter.error(DiagnosticCode.E0405, a.spanOf("shape"), "`reshape` gives examples of at most three "
                    + "axes (channels, height, width), but this has " + list.items().size(), "too many axes");
            return null;
        }
        List<Integer> shape = sizes(list, a.spanOf("shape"), "the sizes of `reshape`");
        return shape == null ? null : new Plan.Reshape(shape, l.span());
    }

    /** A size given as one whole number (both axes) or as [height, width]; null (reported) below {@code min}. */
    private int[] pair(BoundArguments a, String name, int min, String what) {
        Value v = a.get(name);
        long[] p = v instanceof Value.IntValue i ? new long[] {i.value(), i.value()}
                : new long[] {((Value.IntValue) ((Value.ListValue) v).items().get(0)).value(),
                        ((Value.IntValue) ((Value.ListValue) v).items().get(1)).value()};
        for (long x : p) {
            if (x < min || x > MAX_SIZE) {
                cx.reporter.error(DiagnosticCode.E0405, a.spanOf(name), what + " must be at least " + min + ", but it "
                        + "is " + x, "must be >= " + min);
                return null;
            }
        }
        return new int[] {(int) p[0], (int) p[1]};
    }
}
