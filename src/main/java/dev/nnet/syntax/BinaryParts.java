package dev.nnet.syntax;

import dev.nnet.ast.Expr;
import dev.nnet.syntax.generated.NNetParser;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/** The operator and operands of a binary parse-tree node, whichever of the grammar's precedence levels it is. */
record BinaryParts(Token op, NNetParser.ExprContext left, NNetParser.ExprContext right) {
    private static final Map<String, Expr.BinaryOperator> BY_SYMBOL = new HashMap<>();

    static {
        for (Expr.BinaryOperator o : Expr.BinaryOperator.values()) BY_SYMBOL.put(o.symbol, o);
    }

    /** The parts of {@code ctx}, or null when it is not a binary operation. */
    static BinaryParts of(NNetParser.ExprContext ctx) {
        if (ctx instanceof NNetParser.AdditiveExprContext c) return new BinaryParts(c.op, c.expr(0), c.expr(1));
        if (ctx instanceof NNetParser.MultiplicativeExprContext c) return new BinaryParts(c.op, c.expr(0), c.expr(1));
        if (ctx instanceof NNetParser.ComparisonExprContext c) return new BinaryParts(c.op, c.expr(0), c.expr(1));
        if (ctx instanceof NNetParser.RangeExprContext c) return new BinaryParts(c.op, c.expr(0), c.expr(1));
        if (ctx instanceof NNetParser.AndExprContext c) return new BinaryParts(c.op, c.expr(0), c.expr(1));
        if (ctx instanceof NNetParser.OrExprContext c) return new BinaryParts(c.op, c.expr(0), c.expr(1));
        return null;
    }

    static Expr.BinaryOperator operator(Token op) {
        return BY_SYMBOL.get(op.getText());
    }
}
