package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Span;
import dev.nnet.diag.DiagnosticCode;

/**
 * The types of operators' results: arithmetic folded where both sides are known, numbers known
 * only while running, truth values, ranges, and tensors (broadcasting and matrix products checked).
 */
final class Operators {
    private final Reporter reporter;

    Operators(Reporter reporter) {
        this.reporter = reporter;
    }

    Value unary(Expr.Unary u, Value v) {
        if (v instanceof Value.Invalid) return v;
        if (u.operator() == Expr.UnaryOperator.NOT) {
            if (v instanceof Value.BoolValue b) return new Value.BoolValue(!b.value());
            if (v.equals(Value.Opaque.BOOL)) return v;
            return wrong(u.operand().span(), "`not` needs true or false", v);
        }
        boolean negate = u.operator() == Expr.UnaryOperator.NEGATE;
        if (v instanceof Value.IntValue i) return new Value.IntValue(negate ? -i.value() : i.value());
        if (v instanceof Value.FloatValue f) return new Value.FloatValue(negate ? -f.value() : f.value());
        if (isOpaqueNumber(v) || v instanceof Value.TensorValue) return v;
        return wrong(u.span(), "`" + u.operator().symbol + "` needs a number or a tensor", v);
    }

    Value binary(Expr.Binary b, Value left, Value right) {
        if (left instanceof Value.Invalid || right instanceof Value.Invalid) return new Value.Invalid();
        return switch (b.operator()) {
            case AND, OR -> logical(b, left, right);
            case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL -> comparison(b, left, right);
            case RANGE -> range(b, left, right);
            case MATMUL -> matmul(b, left, right);
            default -> arithmetic(b, left, right);
        };
    }

    private Value logical(Expr.Binary b, Value left, Value right) {
        for (Value v : new Value[] {left, right}) {
            if (!(v instanceof Value.BoolValue) && !v.equals(Value.Opaque.BOOL)) {
                return wrong(v == left ? b.left().span() : b.right().span(), "`" + b.operator().symbol
                        + "` needs true or false", v);
            }
        }
        if (left instanceof Value.BoolValue l && right instanceof Value.BoolValue r) {
            return new Value.BoolValue(b.operator() == Expr.BinaryOperator.AND ? l.value() && r.value()
                    : l.value() || r.value());
        }
        return Value.Opaque.BOOL;
    }

    private Value comparison(Expr.Binary b, Value left, Value right) {
        boolean equality = b.operator() == Expr.BinaryOperator.EQUAL || b.operator() == Expr.BinaryOperator.NOT_EQUAL;
        // A single-number tensor (a loss) compares as the number it holds, once it is computed.
        if (isNumberLike(left) && isNumberLike(right) && (isScalarTensor(left) || isScalarTensor(right))) {
            return Value.Opaque.BOOL;
        }
        if (isAnyNumber(left) && isAnyNumber(right)) {
            if (!Evaluator.isNumber(left) || !Evaluator.isNumber(right)) return Value.Opaque.BOOL;
            double x = Evaluator.asDouble(left), y = Evaluator.asDouble(right);
            return new Value.BoolValue(b.operator().compare(x, y));
        }
        if (equality && isStringLike(left) && isStringLike(right)) {
            if (left instanceof Value.StringValue l && right instanceof Value.StringValue r) {
                return new Value.BoolValue(l.value().equals(r.value()) == (b.operator() == Expr.BinaryOperator.EQUAL));
            }
            return Value.Opaque.BOOL;
        }
        Value bad = isAnyNumber(left) || isStringLike(left) ? right : left;
        Span where = bad == right ? b.right().span() : b.left().span();
        return wrong(where, "`" + b.operator().symbol + "` compares numbers" + (equality ? " or strings" : ""), bad);
    }

    private Value range(Expr.Binary b, Value left, Value right) {
        for (Value v : new Value[] {left, right}) {
            if (!(v instanceof Value.IntValue) && !v.equals(Value.Opaque.INT)) {
                return wrong(v == left ? b.left().span() : b.right().span(), "a range `a..b` needs whole numbers", v);
            }
        }
        return new Value.RangeValue(left, right);
    }

    private Value matmul(Expr.Binary b, Value left, Value right) {
        Value.TensorValue l = Tensors.asTensor(left), r = Tensors.asTensor(right);
        if (l == null) return wrong(b.left().span(), "`@` multiplies matrices", left);
        if (r == null) return wrong(b.right().span(), "`@` multiplies matrices", right);
        Shape product = Shape.matmul(l.shape(), r.shape());
        if (product == null) {
            reporter.error(DiagnosticCode.E0307, b.span(), "cannot multiply " + l.typeName() + " by " + r.typeName(),
                    "inner sizes differ", l.shape().rank() == 2 && r.shape().rank() == 2
                            ? "the left's columns (" + l.shape().dims().get(1) + ") must equal the right's rows ("
                            + r.shape().dims().get(0) + ")" : "`@` takes two matrices: [n, k] @ [k, m]");
            return new Value.Invalid();
        }
        return new Value.TensorValue(product, l.differentiable() || r.differentiable());
    }

    private Value arithmetic(Expr.Binary b, Value left, Value right) {
        if (b.operator() == Expr.BinaryOperator.ADD && left instanceof Value.StringValue l
                && right instanceof Value.StringValue r) {
            return new Value.StringValue(l.value() + r.value());
        }
        if (left instanceof Value.TensorValue || right instanceof Value.TensorValue) return tensorArithmetic(b, left, right);
        if (!isAnyNumber(left) || !isAnyNumber(right)) {
            Value wrong = isAnyNumber(left) ? right : left;
            Span where = isAnyNumber(left) ? b.right().span() : b.left().span();
            return wrong(where, "`" + b.operator().symbol + "` needs numbers", wrong);
        }
        if (!Evaluator.isNumber(left) || !Evaluator.isNumber(right)) {
            boolean whole = (left instanceof Value.IntValue || left.equals(Value.Opaque.INT))
                    && (right instanceof Value.IntValue || right.equals(Value.Opaque.INT))
                    && b.operator() != Expr.BinaryOperator.DIVIDE;
            return whole ? Value.Opaque.INT : Value.Opaque.FLOAT;
        }
        return fold(b, left, right);
    }

    private Value tensorArithmetic(Expr.Binary b, Value left, Value right) {
        if (b.operator() == Expr.BinaryOperator.REMAINDER) {
            return wrong(b.span(), "`%` is for numbers, not tensors", left instanceof Value.TensorValue ? left : right);
        }
        Value.TensorValue l = Tensors.asTensor(left), r = Tensors.asTensor(right);
        if (l == null) return wrong(b.left().span(), "`" + b.operator().symbol + "` needs a number or a tensor", left);
        if (r == null) return wrong(b.right().span(), "`" + b.operator().symbol + "` needs a number or a tensor", right);
        Shape shape = Shape.broadcast(l.shape(), r.shape());
        if (shape == null) {
            reporter.error(DiagnosticCode.E0307, b.span(), "cannot combine " + l.typeName() + " and " + r.typeName()
                    + " with `" + b.operator().symbol + "`", "shapes do not broadcast",
                    "sizes must be equal or 1, compared from the last dimension");
            return new Value.Invalid();
        }
        return new Value.TensorValue(shape, l.differentiable() || r.differentiable());
    }

    private Value fold(Expr.Binary b, Value left, Value right) {
        if ((b.operator() == Expr.BinaryOperator.DIVIDE || b.operator() == Expr.BinaryOperator.REMAINDER)
                && Evaluator.asDouble(right) == 0) {
            reporter.error(DiagnosticCode.E0405, b.right().span(), "division by zero", "this is zero");
            return new Value.Invalid();
        }
        if (left instanceof Value.IntValue l && right instanceof Value.IntValue r
                && b.operator() != Expr.BinaryOperator.DIVIDE) {
            try {
                long value = switch (b.operator()) {
                    case ADD -> Math.addExact(l.value(), r.value());
                    case SUBTRACT -> Math.subtractExact(l.value(), r.value());
                    case MULTIPLY -> Math.multiplyExact(l.value(), r.value());
                    default -> l.value() % r.value();
                };
                return new Value.IntValue(value);
            } catch (ArithmeticException overflow) {
                reporter.error(DiagnosticCode.E0406, b.span(), "the result is too large for a whole number",
                        "overflows");
                return new Value.Invalid();
            }
        }
        double x = Evaluator.asDouble(left), y = Evaluator.asDouble(right);
        double value = switch (b.operator()) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> x / y;
            default -> x % y;
        };
        if (!Double.isFinite(value)) {
            reporter.error(DiagnosticCode.E0406, b.span(), "the result is too large", "overflows");
            return new Value.Invalid();
        }
        return new Value.FloatValue(value);
    }

    private Value wrong(Span span, String need, Value found) {
        reporter.error(DiagnosticCode.E0303, span, need + ", but this is " + Evaluator.describe(found),
                "wrong type");
        return new Value.Invalid();
    }

    static boolean isOpaqueNumber(Value v) {
        return v.equals(Value.Opaque.INT) || v.equals(Value.Opaque.FLOAT);
    }

    static boolean isAnyNumber(Value v) {
        return Evaluator.isNumber(v) || isOpaqueNumber(v);
    }

    private static boolean isScalarTensor(Value v) {
        return v instanceof Value.TensorValue t && t.shape().isScalar();
    }

    private static boolean isNumberLike(Value v) {
        return isAnyNumber(v) || isScalarTensor(v);
    }

    private static boolean isStringLike(Value v) {
        return v instanceof Value.StringValue || v.equals(Value.Opaque.STRING);
    }
}
