package dev.nnet.check;

import dev.nnet.ast.ModelItem;
import dev.nnet.ast.Statement;
import dev.nnet.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a {@code model} block: its input line, each layer and its arguments, then the shapes
 * through it ({@link LayerShapes}).
 */
final class ModelRules {
    private final Context cx;

    ModelRules(Context cx) {
        this.cx = cx;
    }

    Plan.Model check(Statement.Model m) {
        List<Integer> inputShape = null;
        boolean inputSeen = false;
        List<Plan.Layer> layers = new ArrayList<>();
        List<ModelItem.Layer> items = new ArrayList<>();
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
                inputShape = new LayerArguments(cx).inputShape(input);
                if (inputShape == null) ok = false;
            } else {
                Plan.Layer layer = layer((ModelItem.Layer) item);
                if (layer == null) ok = false; else {
                    layers.add(layer);
                    items.add((ModelItem.Layer) item);
                }
            }
        }
        if (!inputSeen) {
            cx.reporter.error(DiagnosticCode.E0305, m.name().span(), "model `" + m.name().text() + "` has no `input` "
                    + "line", "no input", "start the model with `input 4`: the number of features of one example");
            return null;
        }
        if (ok && layers.stream().noneMatch(l -> l instanceof Plan.Dense || l instanceof Plan.Conv2d)) {
            cx.reporter.error(DiagnosticCode.E0305, m.name().span(), "model `" + m.name().text() + "` has no layer "
                    + "with weights, so there is nothing to train", "no dense layer",
                    "add a layer such as `dense(1, activation: sigmoid)`");
            return null;
        }
        if (!ok) return null;
        if (!new LayerShapes(cx).check(m, inputShape, layers, items)) return null;
        return new Plan.Model(m.name().text(), inputShape, layers, m.span());
    }

    private Plan.Layer layer(ModelItem.Layer l) {
        String name = l.name().text();
        Optional<Scope.Symbol> defined = cx.scope.lookup(name);
        if (defined.isPresent() && defined.get().value instanceof Value.FunctionValue) return defLayer(l);
        Optional<Word> word = Word.named(name);
        if (word.isEmpty() || !word.get().is(Word.Category.LAYER)) {
            if (word.isPresent()) {
                cx.reporter.error(DiagnosticCode.E0303, l.name().span(), "`" + name + "` is "
                        + word.get().category.phrase + ", not a layer", "not a layer",
                        "the layers are " + Plan.joinWords(Word.textsOf(Word.Category.LAYER)));
            } else if (defined.isPresent()) {
                cx.scope.use(name, l.name().span());
                cx.reporter.error(DiagnosticCode.E0303, l.name().span(), "`" + name + "` is a value, not a layer",
                        "not a layer", "a layer line is a layer such as `dense(8)`, an activation, or a `def` of "
                                + "one tensor");
            } else {
                cx.evaluator.unknownName(name, l.name().span(), Word.Category.LAYER);
            }
            return null;
        }
        LayerArguments arguments = new LayerArguments(cx);
        return switch (word.get()) {
            case DENSE -> arguments.dense(l);
            case DROPOUT -> arguments.dropout(l);
            case CONV2D -> arguments.conv2d(l);
            case MAX_POOL, AVG_POOL -> arguments.pool(l, word.get() == Word.MAX_POOL);
            case RESHAPE -> arguments.reshape(l);
            case BATCH_NORM, LAYER_NORM, FLATTEN -> {
                if (!l.arguments().isEmpty()) {
                    cx.evaluator.bind(l.arguments(), Signature.none(name), l.name().span());
                    yield null;
                }
                yield word.get() == Word.FLATTEN ? new Plan.Flatten(l.span())
                        : new Plan.NormLayer(word.get() == Word.BATCH_NORM, l.span());
            }
            default -> arguments.activation(l, word.get());
        };
    }

    /** {@code swish} on a line of its own, for {@code def swish(x) = x * sigmoid(x)}; its shape is checked later. */
    private Plan.Layer defLayer(ModelItem.Layer l) {
        Value.FunctionValue f = (Value.FunctionValue) cx.scope.use(l.name().text(), l.name().span()).get().value;
        if (l.called()) {
            cx.reporter.error(DiagnosticCode.E0208, l.name().span(), "`" + l.name().text() + "` as a layer takes no "
                    + "arguments: the layer before it gives it its tensor", "no arguments here",
                    "write it alone on its line: `" + l.name().text() + "`");
            return null;
        }
        if (f.def().parameters().size() != 1) {
            cx.reporter.error(DiagnosticCode.E0303, l.name().span(), "`" + l.name().text() + "` takes "
                    + f.def().parameters().size() + " arguments, but a layer takes one tensor", "not a layer",
                    "a layer is a `def` of one argument, such as `def swish(x) = x * sigmoid(x)`");
            return null;
        }
        return new Plan.DefLayer(f.def(), l.span());
    }
}
