package dev.nnet.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.SourceText;
import dev.nnet.session.Session;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;

/**
 * The server survives what editors and people throw at it: thousands of seeded random edits that
 * leave the text in every broken state (unclosed brackets and strings, stray characters, split
 * surrogate pairs, CR line breaks, deep nesting), edits out of range or to documents that are not
 * open, and requests at positions that do not exist. Throughout, every request is answered; at
 * the end, the diagnostics are those the session gives for the same text, and nothing was logged
 * as an internal error.
 */
class MalformedEditsTest {
    private static final Path RESOURCES = Path.of("src/test/resources/lsp").toAbsolutePath();
    private static final String TRACKED = RESOURCES.resolve("fuzz.nnet").toUri().toString();
    private static final String UNTRACKED = "untitled:Untitled-1";
    private static final String[] FRAGMENTS = {
        "let", "dataset", "model", "train", "evaluate", "predict", "print", "on", "input", "true", "false",
        " net", " iris", " x", "dense(8, activation: sigmoid)", "dense(", "softmax", "iris()", "csv(\"nope.csv\")",
        "{", "}", "(", ")", "[", "]", ",", ":", ";", ".", "=", "+", "-", "*", "/", "%", "\n", "\r\n", "\r", "    ",
        "\"text\"", "\"unterminated", "\"bad \\q escape\"", "# a comment", "@", "$", "é", "\uD83D\uDE00", "\uD83D",
        "0", "42", "0.5", "1e-3", "1e999", "123456789012345678901234567890", "60_000", "0.", "_",
        "epochs: 0", "loss: mse", "optimizer: sgd(learning_rate: -1)", "split: {train: 0.7, test: 0.3}",
        "((((((((((((((((((((((((((((((((", "[[[[[[[[[[[[[[[[", "{{{{{{{{", "}}}}}}}}", ")))))))))",
        "def", "for", "in", "if", "else", "backward", "step", "and", "or", "not", "def f(x) = x * sigmoid(x)",
        "for i in 1..3 {", "if x == 1 {", "} else {", "backward l", "step opt on net", "@", "..", "==", "!=", "<=",
        "!", "sum(x)", "xor()", "net(batch.x)", "mse(y, batch.y)",
    };

    @Test
    void survivesThousandsOfRandomAndMalformedEdits() throws Exception {
        Random random = new Random(20240607);
        String start = Files.readString(RESOURCES.resolve("iris.nnet"));
        try (LspClient client = new LspClient()) {
            TextDocumentService documents = client.server.getTextDocumentService();
            client.open(TRACKED, start);
            client.open(UNTRACKED, start);
            String text = start;
            int version = 1;
            int untrackedVersion = 1;
            List<CompletableFuture<?>> answers = new ArrayList<>();
            for (int step = 0; step < 3000; step++) {
                int action = random.nextInt(100);
                if (action < 60) {
                    // A well-formed edit of the tracked document, which the test applies too.
                    int a = random.nextInt(text.length() + 1);
                    int b = text.length() > 1500 ? Math.min(text.length(), a + random.nextInt(200))
                            : Math.min(text.length(), a + (random.nextInt(4) == 0 ? random.nextInt(30) : 0));
                    String inserted = fragments(random, 1 + random.nextInt(3));
                    Range range = new Range(position(text, a), position(text, b));
                    text = text.substring(0, a) + inserted + text.substring(b);
                    client.change(TRACKED, ++version, new TextDocumentContentChangeEvent(range, inserted));
                } else if (action < 65) {
                    text = random.nextBoolean() ? start : fragments(random, random.nextInt(40));
                    client.change(TRACKED, ++version, new TextDocumentContentChangeEvent(text));
                } else if (action < 80) {
                    malformed(random, documents, ++untrackedVersion);
                } else {
                    answers.add(request(random, documents, random.nextBoolean() ? TRACKED : UNTRACKED));
                }
            }
            for (CompletableFuture<?> answer : answers) client.get(answer); // every one answered, none failed

            List<String> published = client.diagnostics(TRACKED, version).getDiagnostics().stream()
                    .map(d -> d.getCode().getLeft() + " " + d.getMessage().getLeft().lines().findFirst().orElse(""))
                    .toList();
            List<String> expected = Session.forScript(new PrintStream(OutputStream.nullOutputStream()))
                    .check(new SourceText("fuzz.nnet", text), RESOURCES).diagnostics().stream()
                    .map(d -> d.code().id + " " + d.message()).toList();
            assertEquals(expected, published, "the server's text drifted from the editor's");
            assertFalse(client.log().contains("internal error"), client.log());

            // And it still works: a clean text is checked clean, and hover answers.
            client.change(TRACKED, ++version, new TextDocumentContentChangeEvent(start));
            assertEquals(List.of(), client.diagnostics(TRACKED, version).getDiagnostics());
            Hover hover = client.get(documents.hover(new HoverParams(new TextDocumentIdentifier(TRACKED),
                    new Position(LanguageServerTest.lineOf(start, "model net"), 7))));
            assertNotNull(hover);
            assertTrue(hover.getContents().getRight().getValue().contains("Model[4 -> 8 -> 1]"));
        }
    }

    private static String fragments(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        return out.toString();
    }

    /** Edits a well-behaved client never sends: ranges out of the text, reversed, negative; no text; no document. */
    private static void malformed(Random random, TextDocumentService documents, int version) {
        Position far = new Position(random.nextInt(1_000_000), random.nextInt(1_000_000));
        Position negative = new Position(-1 - random.nextInt(5), -1 - random.nextInt(5));
        Position near = new Position(random.nextInt(40), random.nextInt(80));
        TextDocumentContentChangeEvent change = switch (random.nextInt(6)) {
            case 0 -> change(new Range(near, far), fragments(random, 2));
            case 1 -> change(new Range(far, near), fragments(random, 2));
            case 2 -> change(new Range(negative, near), fragments(random, 2));
            case 3 -> change(new Range(near, near), null);
            case 4 -> change(new Range(), "x");
            default -> change(null, null);
        };
        String uri = random.nextInt(5) == 0 ? "file:///not/open.nnet" : UNTRACKED;
        VersionedTextDocumentIdentifier id = new VersionedTextDocumentIdentifier(uri,
                random.nextInt(4) == 0 ? null : version);
        List<TextDocumentContentChangeEvent> changes = random.nextInt(8) == 0 ? new ArrayList<>() : List.of(change);
        documents.didChange(new DidChangeTextDocumentParams(id, changes));
    }

    /** A change built with setters, which (unlike the constructors) let fields be null. */
    private static TextDocumentContentChangeEvent change(Range range, String text) {
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent();
        if (range != null) change.setRange(range);
        if (text != null) change.setText(text);
        return change;
    }

    private static CompletableFuture<?> request(Random random, TextDocumentService documents, String uri) {
        TextDocumentIdentifier id = new TextDocumentIdentifier(random.nextInt(10) == 0 ? "file:///not/open.nnet" : uri);
        Position at = random.nextInt(5) == 0 ? new Position(random.nextInt(1000) - 10, random.nextInt(1000) - 10)
                : new Position(random.nextInt(40), random.nextInt(60));
        return switch (random.nextInt(6)) {
            case 0 -> documents.hover(new HoverParams(id, at));
            case 1 -> documents.completion(new CompletionParams(id, at));
            case 2 -> documents.definition(new DefinitionParams(id, at));
            case 3 -> documents.documentSymbol(new DocumentSymbolParams(id));
            case 4 -> documents.references(new ReferenceParams(id, at, new ReferenceContext(random.nextBoolean())));
            default -> documents.inlayHint(new InlayHintParams(id, new Range(new Position(0, 0), at)));
        };
    }

    /** The LSP position of an offset, counted here independently of the server (LF, CRLF and CR end lines). */
    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }
}
