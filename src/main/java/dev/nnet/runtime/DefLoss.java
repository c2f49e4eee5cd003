package dev.nnet.runtime;

import dev.nnet.ast.Statement;
import dev.nnet.engine.Graph;
import dev.nnet.engine.Node;
import java.util.List;

/**
 * A {@code def} of two tensors used as a training loss: {@code loss: squared} for
 * {@code def squared(p, t) = mean((p - t) * (p - t))}. Its body is recorded into the graph of the
 * planned training step, so it is replayed and differentiated like a built-in loss.
 */
final class DefLoss {
    private final Statement.Def def;
    private final Expressions expressions;
    private final Environment globals;

    DefLoss(Statement.Def def, Expressions expressions, Environment globals) {
        this.def = def;
        this.expressions = expressions;
        this.globals = globals;
    }

    Node build(Graph g, Node prediction, Node target) {
        Expressions inGraph = expressions.on(g);
        Object out = inGraph.callDef(def, List.of(TensorRef.of(prediction, g), TensorRef.of(target, g)), globals);
        return inGraph.tensor(out).node();
    }
}
