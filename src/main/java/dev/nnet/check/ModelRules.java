package dev.nnet.check;

import dev.nnet.ast.ModelItem;
import dev.nnet.ast.Statement;
import dev.nnet.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks a {@code model} block: its input line, each layer and its arguments, and the widths through it. */
final class ModelRules {
    private final Context cx;

    ModelRules(Context cx) {
        this.cx = cx;
    }

    Plan.Model check(Statement.Model m) {
        Integer inputWidth = null;
        boolean inputSeen = false;
        List<Plan.Layer> layers = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < m.items().size(); i++) {
            ModelItem item = m.items().get(i);
            if (item instanceof ModelItem.Input input) {
                if (inputSeen) {
                    cx.reporter.error(DiagnosticCode.E0305, input.span(), "model `" + m.name().text()
                            + "` has a second `input` line", "second input", "a model has one `input`, on its first line");
                    ok = false;
                    continue;
                }
                inputSeen = true;
                if (i > 0) {
                    cx.reporter.error(DiagnosticCode.E0305, input.span(), "`input` must be the first line of a model",
                            "not first", "move it above the layers");
                    ok = false;
                }
                inputWidth = inputWidth(input);
                if (inputWidth == null) ok = false;
            } else {
                Plan.Layer layer = layer((ModelItem.Layer) item);
                if (layer == null) ok = false; else layers.add(layer);
            }
        }
        if (!inputSeen) {
            cx.reporter.error(DiagnosticCode.E0305, m.name().span(), "model `" + m.name().text() + "` has no `input` "
                    + "line", "no input", "start the model with `input 4`: the number of features of one example");
            return null;
        }
        if (ok && layers.stream().noneMatch(l -> l instanceof Plan.Dense)) {
            cx.reporter.error(DiagnosticCode.E0305, m.name().span(), "model `" + m.name().text() + "` has no layer "
                    + "with weights, so there is nothing to train", "no dense layer",
                    "add a layer such as `dense(1, activation: sigmoid)`");
            return null;
        }
        if (!ok) return null;
        int width = inputWidth;
        cx.layerShapes.add(new Analysis.LayerShape(m.items().get(0).span(), "Tensor[B, " + width + "]", 0));
        for (Plan.Layer layer : layers) {
            int next = layer.outputWidth(width);
            int parameters = ModelTable.parameters(layer, width);
            cx.layerShapes.add(new Analysis.LayerShape(layer.span(), "Tensor[B, " + next + "]", parameters));
            width = next;
        }
        return new Plan.Model(m.name().text(), inputWidth, layers, m.span());
    }

    private Integer inputWidth(ModelItem.Input input) {
        Value v = cx.evaluator.eval(input.size());
        if (v instanceof Value.IntValue i) {
            if (i.value() >= 1 && i.value() <= 1_000_000_000L) return (int) i.value();
            cx.reporter.error(DiagnosticCode.E0405, input.size().span(), "the input width must be at least 1, but it "
                    + "is " + i.value(), "must be >= 1");
            return null;
        }
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, input.size().span(), "the input width must be a whole number, "
                    + "but this is " + Evaluator.describe(v), "expected a whole number");
        }
        return null;
    }

    private Plan.Layer layer(ModelItem.Layer l) {
        String name = l.name().text();
        Optional<Word> word = Word.named(name);
        if (word.isEmpty() || !word.get().is(Word.Category.LAYER)) {
            if (word.isPresent()) {
                cx.reporter.error(DiagnosticCode.E0303, l.name().span(), "`" + name + "` is "
                        + word.get().category.phrase + ", not a layer", "not a layer",
                        "the layers are " + Plan.joinWords(Word.textsOf(Word.Category.LAYER)));
            } else {
                cx.evaluator.unknownName(name, l.name().span(), Word.Category.LAYER);
            }
            return null;
        }
        if (word.get() == Word.DENSE) return dense(l);
        if (word.get() == Word.DROPOUT) return dropout(l);
        if (word.get() == Word.BATCH_NORM || word.get() == Word.LAYER_NORM) {
            if (!l.arguments().isEmpty()) {
                cx.evaluator.bind(l.arguments(), Signature.none(name), l.name().span());
                return null;
            }
            return new Plan.NormLayer(word.get() == Word.BATCH_NORM, l.span());
        }
        if (!l.arguments().isEmpty()) {
            cx.evaluator.bind(l.arguments(), Signature.none(name), l.name().span());
            return null;
        }
        return new Plan.ActivationLayer(Plan.Activation.valueOf(word.get().name()), l.span());
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
        Shape in = Shape.of(Shape.BATCH, units);
        Value out = new Calls(cx.evaluator, cx.reporter, cx.scope).body(f.def(),
                List.of(new Value.TensorValue(in, true)));
        if (out instanceof Value.Invalid) return false;
        if (!(out instanceof Value.TensorValue t) || !t.shape().equals(in)) {
            cx.reporter.error(DiagnosticCode.E0307, a.spanOf("activation"), "`" + name + "` turns " + in.typeName()
                    + " into " + out.typeName() + ", but an activation must keep the shape", "changes the shape");
            return false;
        }
        return true;
    }

    private Plan.Layer dropout(ModelItem.Layer l) {
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

    private Plan.Layer dense(ModelItem.Layer l) {
        if (!l.called()) {
            cx.reporter.error(DiagnosticCode.E0208, l.name().span(), "`dense` needs the number of units",
                    "missing units", "write `dense(8)` or `dense(8, activation: relu)`");
            return null;
        }
        BoundArguments a = cx.evaluator.bind(l.arguments(), Signature.DENSE, l.name().span());
        if (a == null) return null;
        long units = a.integer("units");
        if (units < 1 || units > 1_000_000_000L) {
            cx.reporter.error(DiagnosticCode.E0405, a.spanOf("units"), "a dense layer needs at least 1 unit, but this "
                    + "asks for " + units, "must be >= 1");
            return null;
        }
        Plan.Initializer init = a.get("init") instanceof Value.WordValue w
                ? Plan.Initializer.valueOf(w.word().name()) : null;
        if (a.get("activation") instanceof Value.FunctionValue f) {
            if (!customActivationFits(f, (int) units, a)) return null;
            return new Plan.Dense((int) units, Plan.Activation.LINEAR, f.def(), init, a.bool("bias"), l.span());
        }
        Word activation = ((Value.WordValue) a.get("activation")).word();
        if (activation.category != Word.Category.ACTIVATION) return null;
        return new Plan.Dense((int) units, Plan.Activation.valueOf(activation.name()), null, init, a.bool("bias"),
                l.span());
    }
}
