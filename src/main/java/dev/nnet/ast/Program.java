package dev.nnet.ast;

import java.util.List;

/** A whole script: its statements in order. */
public record Program(List<Statement> statements, Span span) implements Node {
    public Program {
        statements = List.copyOf(statements);
    }
}
