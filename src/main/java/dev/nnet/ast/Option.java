package dev.nnet.ast;

/** {@code name: value}, in an option block or a record. */
public record Option(Identifier name, Expr value, Span span) implements Node {
}
