package dev.nnet.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.check.CheckResult;
import dev.nnet.diag.SourceText;
import dev.nnet.session.Session;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server as an editor sees it: every exchange goes through JSON-RPC. */
class LanguageServerTest {
    private static final Path RESOURCES = Path.of("src/test/resources/lsp").toAbsolutePath();
    private static final String IRIS_URI = RESOURCES.resolve("iris.nnet").toUri().toString();

    private LspClient client;
    private String iris;

    @BeforeEach
    void start() throws Exception {
        client = new LspClient();
        iris = Files.readString(RESOURCES.resolve("iris.nnet"));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
    }

    @Test
    void anErrorInDidOpenIsPublishedWithItsRangeAndCode() throws Exception {
        String text = iris.replace("predict net on", "predict nett on");
        client.open(IRIS_URI, text);
        PublishDiagnosticsParams published = client.diagnostics(IRIS_URI, 1);
        assertEquals(1, published.getDiagnostics().size(), published.toString());
        Diagnostic d = published.getDiagnostics().get(0);
        assertEquals("E0201", d.getCode().getLeft());
        assertEquals("nnet", d.getSource());
        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        int line = lineOf(text, "predict nett on");
        assertEquals(new Range(new Position(line, 8), new Position(line, 12)), d.getRange());

        // The same message as the command line's, then its help lines.
        CheckResult cli = Session.forScript(new PrintStream(OutputStream.nullOutputStream()))
                .check(new SourceText("iris.nnet", text), RESOURCES);
        dev.nnet.diag.Diagnostic expected = cli.diagnostics().get(0);
        assertEquals(expected.message(), d.getMessage().getLeft().lines().findFirst().orElseThrow());
        String message = d.getMessage().getLeft();
        for (String help : expected.help()) assertTrue(message.contains("help: " + help), message);
    }

    @Test
    void formattingGivesNnetFmtsLayoutAsOneEdit() throws Exception {
        String messy = "let   rate=0.5\nmodel net {input 4;dense(1,activation:sigmoid)}\nprint   net,rate\n";
        client.open(IRIS_URI, messy);
        var edits = client.get(client.server.getTextDocumentService().formatting(
                new org.eclipse.lsp4j.DocumentFormattingParams(new TextDocumentIdentifier(IRIS_URI),
                        new org.eclipse.lsp4j.FormattingOptions(4, true))));
        assertEquals(1, edits.size());
        String expected = dev.nnet.fmt.Formatter.format(new SourceText("x", messy)).text();
        assertEquals(expected, edits.get(0).getNewText());
        assertTrue(expected.contains("let rate = 0.5"), expected);
        assertEquals(new Position(0, 0), edits.get(0).getRange().getStart());
        client.change(IRIS_URI, 2, new TextDocumentContentChangeEvent(expected));
        var none = client.get(client.server.getTextDocumentService().formatting(
                new org.eclipse.lsp4j.DocumentFormattingParams(new TextDocumentIdentifier(IRIS_URI),
                        new org.eclipse.lsp4j.FormattingOptions(4, true))));
        assertEquals(List.of(), none, "an already formatted document needs no edit");
    }

    @Test
    void aChangeThatFixesTheErrorClearsIt() throws Exception {
        String text = iris.replace("predict net on", "predict nett on");
        client.open(IRIS_URI, text);
        assertEquals(1, client.diagnostics(IRIS_URI, 1).getDiagnostics().size());
        int line = lineOf(text, "predict nett on");
        client.change(IRIS_URI, 2, new TextDocumentContentChangeEvent(
                new Range(new Position(line, 11), new Position(line, 12)), ""));
        assertEquals(List.of(), client.diagnostics(IRIS_URI, 2).getDiagnostics());
    }

    @Test
    void hoverOnAModelShowsItsType() throws Exception {
        client.open(IRIS_URI, iris);
        assertEquals(List.of(), client.diagnostics(IRIS_URI, 1).getDiagnostics());
        int line = lineOf(iris, "train net on");
        String shown = hover(line, 7);
        assertTrue(shown.contains("model net: Model[4 -> 8 -> 1]"), shown);
        // On the definition itself too.
        assertTrue(hover(lineOf(iris, "model net"), 7).contains("Model[4 -> 8 -> 1]"));
        assertTrue(hover(lineOf(iris, "dataset iris"), 9).contains("Dataset[4 -> Classes(setosa, versicolor)]"));
        assertTrue(hover(lineOf(iris, "let rate"), 5).contains("let rate: Float"));
    }

    @Test
    void hoverOnALayerLineShowsItsShapeAndParameters() throws Exception {
        client.open(IRIS_URI, iris);
        String shown = hover(lineOf(iris, "dense(8"), 20);
        assertTrue(shown.contains("Tensor[B, 8]"), shown);
        assertTrue(shown.contains("40 parameters"), shown);
        String onWord = hover(lineOf(iris, "dense(8"), 30);
        assertTrue(onWord.contains("An activation"), onWord);
        assertNull(client.get(client.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier(IRIS_URI), new Position(0, 3)))));
    }

    @Test
    void inlayHintsGiveTheShapeAfterEachLayerLine() throws Exception {
        client.open(IRIS_URI, iris);
        List<InlayHint> hints = client.get(client.server.getTextDocumentService().inlayHint(new InlayHintParams(
                new TextDocumentIdentifier(IRIS_URI), new Range(new Position(0, 0), new Position(100, 0)))));
        assertEquals(List.of("-> Tensor[B, 4]", "-> Tensor[B, 8]", "-> Tensor[B, 1]"),
                hints.stream().map(h -> h.getLabel().getLeft()).toList());
        int line = lineOf(iris, "dense(8");
        assertEquals(new Position(line, "    dense(8, activation: sigmoid)".length()), hints.get(1).getPosition());
    }

    @Test
    void completionListsTheNamesInScope() throws Exception {
        client.open(IRIS_URI, iris);
        int line = lineOf(iris, "predict net on");
        List<String> labels = complete(line, "predict net on [".length() - 1 + 1);
        assertTrue(labels.containsAll(List.of("iris", "net", "rate")), labels.toString());
        // After `train`, the models.
        List<String> models = complete(lineOf(iris, "train net on"), "train ".length());
        assertTrue(models.contains("net"), models.toString());
        assertFalse(models.contains("iris"), models.toString());
        // Names defined further down are not in scope yet.
        List<String> early = complete(lineOf(iris, "model net"), 0);
        assertTrue(early.contains("let"), early.toString());
    }

    @Test
    void completionOffersOptionsLayersAndWordsThatFit() throws Exception {
        String text = "dataset iris = iris() {\n    \n}\nmodel net {\n    input 4\n    \n}\n"
                + "train net on iris {\n    loss: \n    optimizer: sgd(\n}\n";
        client.open(IRIS_URI, text);
        assertTrue(complete(1, 4).containsAll(List.of("target", "classes", "normalize", "split", "seed")));
        assertTrue(complete(5, 4).containsAll(List.of("input", "dense", "sigmoid", "softmax")));
        List<String> losses = complete(8, 10);
        assertTrue(losses.containsAll(List.of("mse", "binary_cross_entropy", "cross_entropy")), losses.toString());
        assertFalse(losses.contains("sigmoid"), losses.toString());
        List<String> arguments = complete(9, "    optimizer: sgd(".length());
        assertTrue(arguments.containsAll(List.of("learning_rate", "momentum")), arguments.toString());
        client.open(IRIS_URI, "model net { input 4; dense(3) }\nplot net to \"curves.png\" {\n    \n}\nplot ");
        assertEquals(List.of("metrics", "size", "title"), complete(2, 4), "the plot block's options");
        assertEquals(List.of("net"), complete(4, 5), "a model after `plot`");
    }

    @Test
    void noCompletionInsideACommentOrAString() throws Exception {
        client.open(IRIS_URI, "# a comment\nlet path = \"data/ir\"\nlet open = \"still typ");
        assertEquals(List.of(), complete(0, 5));
        assertEquals(List.of(), complete(1, 17));
        assertEquals(List.of(), complete(2, 18));
        assertFalse(complete(1, 20).isEmpty(), "after the closing quote");
    }

    @Test
    void definitionGoesToTheNamesDefinition() throws Exception {
        client.open(IRIS_URI, iris);
        int use = lineOf(iris, "train net on");
        List<? extends Location> found = client.get(client.server.getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(IRIS_URI), new Position(use, 7)))).getLeft();
        int defined = lineOf(iris, "model net");
        assertEquals(List.of(new Location(IRIS_URI, new Range(new Position(defined, 6), new Position(defined, 9)))),
                found);
    }

    @Test
    void referencesListEveryUseOfAName() throws Exception {
        client.open(IRIS_URI, iris);
        List<? extends Location> uses = client.get(client.server.getTextDocumentService().references(
                new ReferenceParams(new TextDocumentIdentifier(IRIS_URI), new Position(lineOf(iris, "model net"), 7),
                        new ReferenceContext(true))));
        assertEquals(List.of(lineOf(iris, "model net"), lineOf(iris, "train net"), lineOf(iris, "evaluate net"),
                lineOf(iris, "predict net")), uses.stream().map(l -> l.getRange().getStart().getLine()).toList());
    }

    @Test
    void hoverOnADatasetPartShowsItsTypeAndDefinitionOnAFileNameOpensTheFile() throws Exception {
        client.open(IRIS_URI, iris);
        String shown = hover(lineOf(iris, "train net on"), "train net on iris.t".length());
        assertTrue(shown.contains("iris.train: Dataset[4 -> Classes(setosa, versicolor)]"), shown);

        String uri = RESOURCES.resolve("bad-cell.nnet").toUri().toString();
        client.open(uri, Files.readString(RESOURCES.resolve("bad-cell.nnet")));
        List<? extends Location> found = client.get(client.server.getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(uri), new Position(0, 20)))).getLeft();
        assertEquals(List.of(RESOURCES.resolve("bad-cell.csv").toUri().toString()),
                found.stream().map(Location::getUri).toList());
    }

    @Test
    void documentSymbolsOutlineTheScript() throws Exception {
        client.open(IRIS_URI, iris);
        List<DocumentSymbol> symbols = client.get(client.server.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(new TextDocumentIdentifier(IRIS_URI)))).stream().map(e -> e.getRight())
                .toList();
        assertEquals(List.of("iris", "net", "rate", "train net", "evaluate net", "predict net"),
                symbols.stream().map(DocumentSymbol::getName).toList());
        DocumentSymbol net = symbols.get(1);
        assertEquals(SymbolKind.Class, net.getKind());
        assertEquals("Model[4 -> 8 -> 1]", net.getDetail());
        assertEquals(List.of("Tensor[B, 4]", "Tensor[B, 8]", "Tensor[B, 1]"),
                net.getChildren().stream().map(DocumentSymbol::getDetail).toList());
    }

    @Test
    void aMistakeInADataFileIsShownOnTheFilesNameWithALinkIntoTheFile() throws Exception {
        String uri = RESOURCES.resolve("bad-cell.nnet").toUri().toString();
        client.open(uri, Files.readString(RESOURCES.resolve("bad-cell.nnet")));
        List<Diagnostic> found = client.diagnostics(uri, 1).getDiagnostics();
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertEquals("E0504", d.getCode().getLeft());
        assertEquals(new Range(new Position(0, 16), new Position(0, 30)), d.getRange());
        assertTrue(d.getMessage().getLeft().contains("bad-cell.csv:3:5"), d.getMessage().getLeft());
        assertEquals(RESOURCES.resolve("bad-cell.csv").toUri().toString(),
                d.getRelatedInformation().get(0).getLocation().getUri());
        assertEquals(new Range(new Position(2, 4), new Position(2, 7)),
                d.getRelatedInformation().get(0).getLocation().getRange());
    }

    @Test
    void aDataFileFixedOnDiskIsReadAgain(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("bad-cell.csv");
        Files.copy(RESOURCES.resolve("bad-cell.csv"), csv);
        Path script = folder.resolve("bad-cell.nnet");
        Files.copy(RESOURCES.resolve("bad-cell.nnet"), script);
        String uri = script.toUri().toString();
        client.open(uri, Files.readString(script));
        assertEquals("E0504", client.diagnostics(uri, 1).getDiagnostics().get(0).getCode().getLeft());
        // An edit that leaves the file alone: the file's answer is reused, the error stays.
        client.change(uri, 2, new TextDocumentContentChangeEvent(new Range(new Position(3, 0), new Position(3, 0)),
                "# a comment\n"));
        assertEquals("E0504", client.diagnostics(uri, 2).getDiagnostics().get(0).getCode().getLeft());
        Files.writeString(csv, Files.readString(csv).replace("abc", "1.0"));
        Files.setLastModifiedTime(csv, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(csv).toMillis() + 2000));
        client.change(uri, 3, new TextDocumentContentChangeEvent(new Range(new Position(3, 0), new Position(3, 0)),
                "# another\n"));
        assertEquals(List.of(), client.diagnostics(uri, 3).getDiagnostics());
    }

    @Test
    void theExplicitLoopHasHoverCompletionAndOutlineToo() throws Exception {
        Path example = Path.of("examples/xor.nnet").toAbsolutePath();
        String text = Files.readString(example);
        String uri = example.toUri().toString();
        client.open(uri, text);
        assertEquals(List.of(), client.diagnostics(uri, 1).getDiagnostics());
        Hover hover = client.get(client.server.getTextDocumentService().hover(new HoverParams(
                new TextDocumentIdentifier(uri), new Position(lineOf(text, "def swish"), 5))));
        assertTrue(hover.getContents().getRight().getValue().contains("def swish"), hover.toString());

        int body = lineOf(text, "backward l");
        List<String> atStatement = client.get(client.server.getTextDocumentService().completion(new CompletionParams(
                new TextDocumentIdentifier(uri), new Position(body, 8)))).getLeft().stream()
                .map(CompletionItem::getLabel).toList();
        assertTrue(atStatement.containsAll(List.of("let", "backward", "step", "for", "if")), atStatement.toString());

        List<DocumentSymbol> symbols = client.get(client.server.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(new TextDocumentIdentifier(uri)))).stream().map(e -> e.getRight()).toList();
        List<String> names = symbols.stream().map(DocumentSymbol::getName).toList();
        assertEquals(List.of("swish", "xor", "net", "opt", "for epoch", "evaluate net", "predict net"), names);
        assertEquals(SymbolKind.Function, symbols.get(0).getKind());
        DocumentSymbol loop = symbols.get(4);
        assertEquals(List.of("for batch"), loop.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(List.of("y", "l"), loop.getChildren().get(0).getChildren().stream().map(DocumentSymbol::getName)
                .toList());
    }

    @Test
    void whileALineIsHalfTypedTheNamesAndTypesAreStillThere() throws Exception {
        client.open(IRIS_URI, iris);
        client.diagnostics(IRIS_URI, 1);
        int line = lineOf(iris, "predict net on");
        client.change(IRIS_URI, 2, new TextDocumentContentChangeEvent(
                new Range(new Position(line + 1, 0), new Position(line + 1, 0)), "print(net, \n"));
        assertFalse(client.diagnostics(IRIS_URI, 2).getDiagnostics().isEmpty());
        assertTrue(complete(line + 1, "print(net, ".length()).containsAll(List.of("iris", "net", "rate")));
        assertTrue(hover(line + 1, 7).contains("Model[4 -> 8 -> 1]"));
    }

    private String hover(int line, int character) throws Exception {
        Hover hover = client.get(client.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier(IRIS_URI), new Position(line, character))));
        assertNotNull(hover, "no hover at " + line + ":" + character);
        return hover.getContents().getRight().getValue();
    }

    private List<String> complete(int line, int character) throws Exception {
        List<CompletionItem> items = client.get(client.server.getTextDocumentService().completion(
                new CompletionParams(new TextDocumentIdentifier(IRIS_URI), new Position(line, character)))).getLeft();
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(fragment)) return i;
        throw new AssertionError("no line with " + fragment);
    }
}
