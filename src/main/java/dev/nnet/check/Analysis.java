package dev.nnet.check;

import dev.nnet.ast.Span;
import java.util.List;

/**
 * What an editor or a REPL wants to know about a checked source besides its diagnostics: the
 * names it defines with their types, and where each name is used.
 */
public record Analysis(List<Definition> definitions, List<Reference> references, List<LayerShape> layerShapes) {
    public Analysis {
        definitions = List.copyOf(definitions);
        references = List.copyOf(references);
        layerShapes = List.copyOf(layerShapes);
    }

    public static Analysis empty() {
        return new Analysis(List.of(), List.of(), List.of());
    }

    /** The shape of one example after a line of a model block: {@code Tensor[B, 8]} after {@code dense(8)}. */
    public record LayerShape(Span span, String shape, int parameters) {
    }

    /** A name defined in the source: {@code kind} is "value", "dataset" or "model". */
    public record Definition(String name, String kind, String typeName, Span span) {
    }

    /** A use of a name at {@code span}, defined at {@code definition} in the same source. */
    public record Reference(String name, Span span, Span definition) {
    }
}
