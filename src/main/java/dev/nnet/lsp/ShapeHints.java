package dev.nnet.lsp;

import dev.nnet.check.Analysis;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Inlay hints: at the end of each line of a model, the shape of one example after it
 * ({@code -> Tensor[B, 8]}). Only for a text that was checked as it is: shapes from an older
 * version would stand at the wrong places.
 */
final class ShapeHints {
    private ShapeHints() {
    }

    static List<InlayHint> in(Snapshot snapshot, Range range) {
        List<InlayHint> out = new ArrayList<>();
        for (Analysis.LayerShape layer : snapshot.analysis().layerShapes()) {
            int end = layer.span().end();
            if (!snapshot.lines().contains(range, end)) continue;
            InlayHint hint = new InlayHint(snapshot.lines().positionOf(end), Either.forLeft("-> " + layer.shape()));
            hint.setKind(InlayHintKind.Type);
            hint.setPaddingLeft(true);
            if (layer.parameters() > 0) {
                hint.setTooltip(layer.parameters() == 1 ? "1 parameter" : layer.parameters() + " parameters");
            }
            out.add(hint);
        }
        return out;
    }
}
