package dev.nnet.lsp;

import dev.nnet.check.Analysis;
import dev.nnet.check.Vocabulary;
import dev.nnet.check.Word;
import dev.nnet.syntax.Lexemes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * What hovering shows: the type of a name ({@code model net: Model[4 -> 8 -> 1]}), the shape of
 * one example after a layer line ({@code Tensor[B, 8]}, with its parameter count), and what a
 * built-in word is.
 */
final class Hovers {
    private Hovers() {
    }

    static Hover at(Snapshot snapshot, Snapshot lastParsed, int offset) {
        List<String> parts = new ArrayList<>();
        Lexemes.Lexeme token = snapshot.tokenAt(offset);
        Names.Defined defined = Names.definitionAt(snapshot, lastParsed, offset);
        if (defined != null) {
            String type = defined.typeName() == null ? "" : ": " + defined.typeName();
            parts.add(code(keywordOf(defined.kind()) + defined.name() + type));
        } else if (token != null && part(snapshot, lastParsed, token) != null) {
            parts.add(part(snapshot, lastParsed, token));
        } else if (token != null && token.kind() == Lexemes.Kind.NAME) {
            Word.named(token.text()).ifPresent(word -> parts.add(describe(word)));
        }
        Analysis.LayerShape layer = layerAt(snapshot, offset);
        if (layer != null) {
            String line = snapshot.text().substring(layer.span().start(), layer.span().end());
            String shape = code(line.strip() + "  ->  " + layer.shape());
            parts.add(layer.parameters() > 0 ? shape + "\n" + count(layer.parameters()) : shape);
        }
        if (parts.isEmpty()) return null;
        MarkupContent content = new MarkupContent(MarkupKind.MARKDOWN, String.join("\n---\n", parts));
        return token == null ? new Hover(content)
                : new Hover(content, snapshot.lines().rangeOf(token.start(), token.end()));
    }

    /** For the {@code train} of {@code iris.train}: the part's type and what it is; otherwise null. */
    private static String part(Snapshot snapshot, Snapshot lastParsed, Lexemes.Lexeme token) {
        List<Lexemes.Lexeme> tokens = snapshot.lexemes();
        int i = tokens.indexOf(token);
        if (i < 2 || !tokens.get(i - 1).text().equals(".")) return null;
        Names.Defined dataset = Names.definitionAt(snapshot, lastParsed, tokens.get(i - 2).start());
        if (dataset == null || !dataset.kind().equals("dataset")) return null;
        String type = dataset.typeName() == null ? "" : ": " + dataset.typeName();
        return code(dataset.name() + "." + token.text() + type) + "\nThe `" + token.text() + "` part of `"
                + dataset.name() + "`'s split.";
    }

    /** The layer line under the offset, when the text as it is now was checked. */
    static Analysis.LayerShape layerAt(Snapshot snapshot, int offset) {
        for (Analysis.LayerShape layer : snapshot.analysis().layerShapes()) {
            if (layer.span().start() <= offset && offset <= layer.span().end()) return layer;
        }
        return null;
    }

    /** How the definition reads in the source: "model net", "def swish", "let rate", "(parameter) x". */
    static String keywordOf(String kind) {
        return switch (kind) {
            case "dataset" -> "dataset ";
            case "model" -> "model ";
            case "function" -> "def ";
            case "value" -> "let ";
            default -> "(" + kind + ") ";
        };
    }

    private static String describe(Word word) {
        List<String> arguments = Vocabulary.argumentsOf(word.text);
        String signature = arguments.isEmpty() ? word.text : word.text + "(" + String.join(", ", arguments) + ")";
        String what = word.category.phrase;
        if (word.category == Word.Category.ACTIVATION) what += " (also a layer of its own)";
        return code(signature) + "\n" + what.substring(0, 1).toUpperCase() + what.substring(1) + ", built in.";
    }

    private static String count(int parameters) {
        return parameters == 1 ? "1 parameter" : String.format(java.util.Locale.ROOT, "%,d parameters", parameters);
    }

    private static String code(String text) {
        return "```nnet\n" + text + "\n```";
    }
}
