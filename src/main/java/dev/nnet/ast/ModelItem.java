package dev.nnet.ast;

import java.util.List;

/** One line of a model block. */
public sealed interface ModelItem extends Node {

    /** {@code input 4}: the width of one example. */
    record Input(Expr size, Span span) implements ModelItem {
    }

    /**
     * A layer: {@code dense(8, activation: sigmoid)}, or a bare name such as {@code softmax}
     * ({@code called} is false when there were no parentheses).
     */
    record Layer(Identifier name, List<Argument> arguments, boolean called, Span span) implements ModelItem {
        public Layer {
            arguments = List.copyOf(arguments);
        }
    }
}
