package dev.nnet.ast;

import java.util.List;

/** Expressions. Literals keep their source text: the checker decides whether a number fits. */
public sealed interface Expr extends Node {

    record IntLiteral(String text, Span span) implements Expr {
    }

    record FloatLiteral(String text, Span span) implements Expr {
    }

    record StringLiteral(String value, Span span) implements Expr {
    }

    record BoolLiteral(boolean value, Span span) implements Expr {
    }

    record Name(String name, Span span) implements Expr {
    }

    record ListLiteral(List<Expr> items, Span span) implements Expr {
        public ListLiteral {
            items = List.copyOf(items);
        }
    }

    /** {@code {train: 0.7, test: 0.3}} */
    record RecordLiteral(List<Option> fields, Span span) implements Expr {
        public RecordLiteral {
            fields = List.copyOf(fields);
        }
    }

    record Call(Expr callee, List<Argument> arguments, Span span) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code target.member}, as in {@code iris.train}. */
    record Member(Expr target, Identifier member, Span span) implements Expr {
    }

    record Unary(UnaryOperator operator, Expr operand, Span span) implements Expr {
    }

    record Binary(BinaryOperator operator, Expr left, Expr right, Span span) implements Expr {
    }

    enum UnaryOperator {
        NEGATE("-"), PLUS("+"), NOT("not");

        public final String symbol;

        UnaryOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    enum BinaryOperator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), REMAINDER("%"), MATMUL("@"), RANGE(".."),
        LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!="),
        AND("and"), OR("or");

        public final String symbol;

        BinaryOperator(String symbol) {
            this.symbol = symbol;
        }

        /** What a comparison operator gives for two numbers; the checker folds and the interpreter runs the same. */
        public boolean compare(double x, double y) {
            return switch (this) {
                case LESS -> x < y;
                case LESS_EQUAL -> x <= y;
                case GREATER -> x > y;
                case GREATER_EQUAL -> x >= y;
                case EQUAL -> x == y;
                case NOT_EQUAL -> x != y;
                default -> throw new IllegalStateException(this + " is not a comparison");
            };
        }
    }
}
