package dev.nnet.repl;

import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.check.Analysis;
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
        List<String> out = new ArrayList<>();
        out.add(definition.name() + ": " + definition.typeName());
        Span model = modelSpan(source, definition.name());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"layer", "output shape", "parameters"});
        long total = 0;
        for (Analysis.LayerShape shape : shapes) {
            Span s = shape.span();
            if (model == null || s.start() < model.start() || s.end() > model.end()) continue;
            String text = source.text().substring(s.start(), s.end()).replaceAll("\\s+", " ");
            rows.add(new String[] {text, shape.shape(), Integer.toString(shape.parameters())});
            total += shape.parameters();
        }
        if (rows.size() == 1) return out;
        int first = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int second = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        int third = Math.max(rows.stream().mapToInt(r -> r[2].length()).max().orElse(0), Long.toString(total).length());
        for (String[] r : rows) {
            out.add(String.format(java.util.Locale.ROOT, "  %-" + first + "s   %-" + second + "s   %" + third + "s", r[0], r[1], r[2]).stripTrailing());
        }
        out.add(String.format(java.util.Locale.ROOT, "  %-" + (first + second + 3) + "s   %" + third + "d", "total", total));
        return out;
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
