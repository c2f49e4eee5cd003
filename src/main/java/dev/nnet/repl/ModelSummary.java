package dev.nnet.repl;

import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.check.Analysis;
import dev.nnet.check.ModelTable;
import dev.nnet.diag.SourceText;
import dev.nnet.syntax.ParseResult;
import dev.nnet.syntax.ScriptParser;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code :summary MODEL}: a model's lines, the shape of one example after each, and the parameters
 * each holds, as the checker worked them out when the model was defined (in Keras' manner).
 */
final class ModelSummary {
    private ModelSummary() {
    }

    /**
     * The summary of the model {@code definition}, defined in {@code source}, whose check gave
     * {@code shapes} (the layer shapes of every model that source defines).
     */
    static List<String> of(Analysis.Definition definition, SourceText source, List<Analysis.LayerShape> shapes) {
        Span model = modelSpan(source, definition.name());
        List<ModelTable.Row> rows = new ArrayList<>();
        for (Analysis.LayerShape shape : shapes) {
            Span s = shape.span();
            if (model == null || s.start() < model.start() || s.end() > model.end()) continue;
            String text = source.text().substring(s.start(), s.end()).replaceAll("\\s+", " ");
            rows.add(new ModelTable.Row(text, shape.shape(), shape.parameters()));
        }
        return ModelTable.render(definition.name() + ": " + definition.typeName(), rows);
    }

    private static Span modelSpan(SourceText source, String name) {
        ParseResult parsed = ScriptParser.parse(source);
        if (!parsed.ok()) return null;
        for (Statement s : parsed.program().statements()) {
            if (s instanceof Statement.Model m && m.name().text().equals(name)) return m.span();
        }
        return null;
    }
}
