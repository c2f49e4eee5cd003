package dev.nnet.ast;

/** A name as written, with its own span (so that a diagnostic can underline just the name). */
public record Identifier(String text, Span span) implements Node {
}
