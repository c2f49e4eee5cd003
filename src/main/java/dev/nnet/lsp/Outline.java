package dev.nnet.lsp;

import dev.nnet.ast.ModelItem;
import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.check.Analysis;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The document's outline: its datasets, models (with their layers and shapes), values, and the
 * train, evaluate and predict statements. From the syntax tree when the text parses; otherwise
 * the definitions read off the tokens, so that the outline does not empty while a line is typed.
 */
final class Outline {
    private Outline() {
    }

    static List<DocumentSymbol> of(Snapshot snapshot, Snapshot lastParsed) {
        if (!snapshot.parsed()) return fromTokens(snapshot, lastParsed);
        return statements(snapshot, snapshot.program().statements());
    }

    private static List<DocumentSymbol> statements(Snapshot snapshot, List<Statement> statements) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Statement s : statements) {
            if (s.definedName() != null) {
                String name = s.definedName().text();
                SymbolKind kind = s instanceof Statement.Model || s instanceof Statement.ModelFile ? SymbolKind.Class
                        : s instanceof Statement.Dataset ? SymbolKind.Struct
                        : s instanceof Statement.Def ? SymbolKind.Function : SymbolKind.Variable;
                DocumentSymbol symbol = symbol(snapshot, name, kind, s.span(), s.definedName().span());
                symbol.setDetail(typeOf(snapshot, name));
                if (s instanceof Statement.Model model) symbol.setChildren(layers(snapshot, model));
                out.add(symbol);
            } else if (s instanceof Statement.Train train) {
                out.add(symbol(snapshot, "train " + train.model().text(), SymbolKind.Event, s.span(),
                        train.model().span()));
            } else if (s instanceof Statement.Evaluate evaluate) {
                out.add(symbol(snapshot, "evaluate " + evaluate.model().text(), SymbolKind.Function, s.span(),
                        evaluate.model().span()));
            } else if (s instanceof Statement.Predict predict) {
                out.add(symbol(snapshot, "predict " + predict.model().text(), SymbolKind.Function, s.span(),
                        predict.model().span()));
            } else if (s instanceof Statement.Summary summary) {
                out.add(symbol(snapshot, "summary " + summary.model().text(), SymbolKind.Function, s.span(),
                        summary.model().span()));
            } else if (s instanceof Statement.Plot plot) {
                out.add(symbol(snapshot, "plot " + plot.model().text(), SymbolKind.Event, s.span(),
                        plot.model().span()));
            } else if (s instanceof Statement.Save save) {
                out.add(symbol(snapshot, "save " + save.model().text(), SymbolKind.Event, s.span(),
                        save.model().span()));
            } else if (s instanceof Statement.For loop) {
                DocumentSymbol symbol = symbol(snapshot, "for " + loop.variable().text(), SymbolKind.Namespace,
                        s.span(), loop.variable().span());
                symbol.setChildren(statements(snapshot, loop.body()));
                out.add(symbol);
            } else if (s instanceof Statement.If branch) {
                // An if is no place of its own in the outline; what it defines or trains is.
                out.addAll(statements(snapshot, branch.then()));
                out.addAll(statements(snapshot, branch.otherwise()));
            }
        }
        return out;
    }

    private static List<DocumentSymbol> layers(Snapshot snapshot, Statement.Model model) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (ModelItem item : model.items()) {
            String line = snapshot.text().substring(item.span().start(), item.span().end()).strip();
            Span selection = item instanceof ModelItem.Layer layer ? layer.name().span() : item.span();
            DocumentSymbol symbol = symbol(snapshot, line, SymbolKind.Field, item.span(), selection);
            for (Analysis.LayerShape shape : snapshot.analysis().layerShapes()) {
                if (shape.span().start() == item.span().start()) symbol.setDetail(shape.shape());
            }
            out.add(symbol);
        }
        return out;
    }

    private static List<DocumentSymbol> fromTokens(Snapshot snapshot, Snapshot lastParsed) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Names.Defined d : Names.definitions(snapshot, lastParsed)) {
            SymbolKind kind = switch (d.kind()) {
                case "model" -> SymbolKind.Class;
                case "dataset" -> SymbolKind.Struct;
                case "function" -> SymbolKind.Function;
                default -> SymbolKind.Variable;
            };
            DocumentSymbol symbol = new DocumentSymbol(d.name(), kind, snapshot.lines().rangeOf(d.start(), d.end()),
                    snapshot.lines().rangeOf(d.start(), d.end()));
            symbol.setDetail(d.typeName());
            out.add(symbol);
        }
        return out;
    }

    private static DocumentSymbol symbol(Snapshot snapshot, String name, SymbolKind kind, Span range, Span selection) {
        return new DocumentSymbol(name.isEmpty() ? "?" : name, kind, snapshot.lines().rangeOf(range),
                snapshot.lines().rangeOf(selection));
    }

    private static String typeOf(Snapshot snapshot, String name) {
        for (Analysis.Definition d : snapshot.analysis().definitions()) {
            if (d.name().equals(name)) return d.typeName();
        }
        return null;
    }
}
