package dev.nnet.check;

import dev.nnet.ast.Argument;
import dev.nnet.ast.Expr;
import dev.nnet.ast.Identifier;
import dev.nnet.ast.Statement;
import dev.nnet.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The types of calls in expressions: a {@code def}, a model applied to a tensor, a built-in
 * tensor function (activations, losses, sum, mean, exp, log), and {@code data.batches(n)}.
 */
final class Calls {
    private final Evaluator evaluator;
    private final Reporter reporter;
    private final Scope scope;
    private int defDepth;

    Calls(Evaluator evaluator, Reporter reporter, Scope scope) {
        this.evaluator = evaluator;
        this.reporter = reporter;
        this.scope = scope;
    }

    /** Positional tensor arguments only; null (reported) when the count is wrong or one is named. */
    private List<Value> positional(Expr.Call c, String name, int count) {
        List<Value> values = new ArrayList<>();
        for (Argument a : c.arguments()) {
            if (a.isNamed()) {
                reporter.error(DiagnosticCode.E0206, a.name().span(), "`" + name + "` takes no named arguments",
                        "named argument", "pass its arguments in order");
                return null;
            }
            values.add(evaluator.eval(a.value()));
        }
        if (values.size() != count) {
            reporter.error(DiagnosticCode.E0208, c.span(), "`" + name + "` takes " + count
                    + (count == 1 ? " argument" : " arguments") + ", but " + values.size()
                    + (values.size() == 1 ? " was" : " were") + " given", "takes " + count);
            return null;
        }
        for (Value v : values) if (v instanceof Value.Invalid) return null;
        return values;
    }

    private Value.TensorValue tensorArgument(Value v, Expr at, String function) {
        Value.TensorValue t = Tensors.asTensor(v);
        if (t == null) {
            reporter.error(DiagnosticCode.E0303, at.span(), "`" + function + "` needs a tensor, but this is "
                    + Evaluator.describe(v), "not a tensor");
        }
        return t;
    }

    Value tensorFunction(Word w, Expr.Call c) {
        boolean loss = w.category == Word.Category.LOSS;
        List<Value> args = positional(c, w.text, loss ? 2 : 1);
        if (args == null) return new Value.Invalid();
        Value.TensorValue x = tensorArgument(args.get(0), c.arguments().get(0).value(), w.text);
        if (x == null) return new Value.Invalid();
        if (!loss) {
            boolean reduces = w == Word.SUM || w == Word.MEAN;
            return new Value.TensorValue(reduces ? Shape.scalar() : x.shape(), x.differentiable());
        }
        Value.TensorValue target = tensorArgument(args.get(1), c.arguments().get(1).value(), w.text);
        if (target == null) return new Value.Invalid();
        if (x.shape().isKnown() && target.shape().isKnown() && !sameShape(x.shape(), target.shape())) {
            reporter.error(DiagnosticCode.E0307, c.span(), "`" + w.text + "` compares " + x.typeName() + " with "
                    + target.typeName() + ": the shapes must be the same", "shapes differ",
                    "the prediction and the target need one value each per example and output");
            return new Value.Invalid();
        }
        return new Value.TensorValue(Shape.scalar(), x.differentiable() || target.differentiable());
    }

    /** Shapes equal, counting the batch dimension B equal to any size. */
    private static boolean sameShape(Shape a, Shape b) {
        if (a.rank() != b.rank()) return false;
        for (int i = 0; i < a.rank(); i++) {
            int x = a.dims().get(i), y = b.dims().get(i);
            if (x != y && x != Shape.BATCH && y != Shape.BATCH) return false;
        }
        return true;
    }

    Value model(Plan.Model model, Expr.Call c) {
        List<Value> args = positional(c, model.name(), 1);
        if (args == null) return new Value.Invalid();
        Value.TensorValue x = tensorArgument(args.get(0), c.arguments().get(0).value(), model.name());
        if (x == null) return new Value.Invalid();
        Shape shape = x.shape();
        int last = shape.last();
        if (shape.isKnown() && (shape.rank() != 2 && shape.rank() != 1 || last != model.inputWidth())) {
            reporter.error(DiagnosticCode.E0301, c.arguments().get(0).span(), "model `" + model.name() + "` expects "
                    + model.inputWidth() + " input features per example, but this is " + x.typeName(),
                    "expects [n, " + model.inputWidth() + "]", "pass a batch of examples, one row each");
            return new Value.Invalid();
        }
        int rows = shape.rank() == 2 ? shape.dims().get(0) : 1;
        return new Value.TensorValue(Shape.of(rows, model.outputWidth()), true);
    }

    Value def(Value.FunctionValue f, Expr.Call c) {
        Statement.Def def = f.def();
        List<Value> args = positional(c, def.name().text(), def.parameters().size());
        if (args == null) return new Value.Invalid();
        List<Value> tensors = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Value.TensorValue t = tensorArgument(args.get(i), c.arguments().get(i).value(), def.name().text());
            if (t == null) return new Value.Invalid();
            tensors.add(t);
        }
        int before = reporter.count();
        Value result = body(def, tensors);
        reporter.annotateSince(before, "in the call of `" + def.name().text() + "` at line " + c.span().line()
                + ", with " + String.join(", ", tensors.stream().map(Value::typeName).toList()));
        return result;
    }

    /** The type of a def's body with its parameters bound to {@code arguments}. */
    Value body(Statement.Def def, List<Value> arguments) {
        if (defDepth > 64) return new Value.TensorValue(Shape.anything(), true); // defs nest only this deep
        defDepth++;
        List<Identifier> params = def.parameters();
        List<Scope.Symbol> shadowed = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            shadowed.add(scope.lookup(params.get(i).text()).orElse(null));
            scope.bindParameter(params.get(i), arguments.get(i));
        }
        try {
            return evaluator.eval(def.body());
        } finally {
            for (int i = 0; i < params.size(); i++) scope.restore(params.get(i).text(), shadowed.get(i));
            defDepth--;
        }
    }

    Value batches(Expr.Call c, Expr.Member m, Value target) {
        if (target instanceof Value.Invalid) return target;
        if (!(target instanceof Value.DatasetValue data)) {
            reporter.error(DiagnosticCode.E0211, m.member().span(), Evaluator.describe(target)
                    + " has no member `batches`", "no such member", "`batches` belongs to datasets");
            return new Value.Invalid();
        }
        BoundArguments a = evaluator.bind(c.arguments(), Signature.BATCHES, m.member().span());
        if (a == null) return new Value.Invalid();
        long size = a.integer("size");
        if (size < 1) {
            reporter.error(DiagnosticCode.E0403, a.spanOf("size"), "the batch size must be at least 1, but it is "
                    + size, "must be >= 1");
            return new Value.Invalid();
        }
        return new Value.BatchesValue(data, (int) Math.min(size, Integer.MAX_VALUE), a.bool("shuffle"));
    }
}
