package dev.nnet.runtime;

import dev.nnet.ast.Statement;
import dev.nnet.engine.Graph;
import dev.nnet.engine.Layer;
import dev.nnet.engine.Node;
import dev.nnet.engine.Parameter;
import java.util.List;

/**
 * A {@code def} of one tensor used as an activation: {@code dense(4, activation: swish)}. Its body
 * is evaluated into whatever graph the layer is asked to extend, so it takes part in planned
 * training steps and their replays like any built-in activation, and is differentiated the same way.
 */
final class DefLayer implements Layer {
    private final Statement.Def def;
    private final Expressions expressions;
    private final Environment globals;

    DefLayer(Statement.Def def, Expressions expressions, Environment globals) {
        this.def = def;
        this.expressions = expressions;
        this.globals = globals;
    }

    @Override
    public Node forward(Graph g, Node x) {
        Expressions inGraph = expressions.on(g);
        Object out = inGraph.callDef(def, List.of(TensorRef.of(x, g)), globals);
        return inGraph.tensor(out).node();
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public int[] outputShape(int[] inputShapeWithoutBatch) {
        return inputShapeWithoutBatch;
    }

    @Override
    public String describe() {
        return def.name().text();
    }
}
