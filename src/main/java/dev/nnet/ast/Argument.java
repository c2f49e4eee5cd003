package dev.nnet.ast;

/** One argument of a call: positional when {@code name} is null, otherwise {@code name: value}. */
public record Argument(Identifier name, Expr value, Span span) implements Node {
    public boolean isNamed() {
        return name != null;
    }
}
