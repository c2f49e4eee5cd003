package dev.nnet.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** After {@code progress:} in a train block, the editor offers exactly the four modes. */
class ProgressCompletionTest {
    private static final String URI = Path.of("src/test/resources/lsp/progress.nnet").toAbsolutePath().toUri()
            .toString();

    @Test
    void theModesAreOffered() throws Exception {
        try (LspClient client = new LspClient()) {
            client.open(URI, "dataset iris = iris()\nmodel net { input 4; dense(3, activation: softmax) }\n"
                    + "train net on iris {\n    loss: cross_entropy\n    progress: \n}\n");
            List<CompletionItem> items = client.get(client.server.getTextDocumentService().completion(
                    new CompletionParams(new TextDocumentIdentifier(URI), new Position(4, 14)))).getLeft();
            assertEquals(List.of("auto", "bar", "lines", "none"), items.stream().map(CompletionItem::getLabel).sorted()
                    .toList());
        }
    }
}
