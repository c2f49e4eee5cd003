package dev.nnet.ast;

/** Every piece of the syntax tree knows where it came from. */
public sealed interface Node permits Program, Statement, ModelItem, Expr, Option, Argument, Identifier {
    Span span();
}
