package dev.nnet.lsp;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The document side of the protocol. Every notification and request is handed, in the order it
 * arrived, to one worker thread, which alone touches the documents: edits apply in order, and an
 * answer always sees every edit sent before its request. Any failure is logged to stderr and
 * answered with nothing, so a mistake in NNet never ends the server.
 */
final class NNetTextDocumentService implements TextDocumentService {
    private final Documents documents = new Documents();
    private final ExecutorService worker;
    private final PrintStream log;
    private volatile LanguageClient client;

    NNetTextDocumentService(ExecutorService worker, PrintStream log) {
        this.worker = worker;
        this.log = log;
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        run("didOpen", () -> {
            var item = params.getTextDocument();
            documents.open(item.getUri(), item.getText(), item.getVersion());
            publish(item.getUri());
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        run("didChange", () -> {
            var id = params.getTextDocument();
            OpenDocument document = documents.get(id == null ? null : id.getUri());
            if (document == null) {
                log.println("nnet lsp: a change to a document that is not open: " + (id == null ? null : id.getUri()));
                return;
            }
            Integer version = id.getVersion();
            document.apply(params.getContentChanges(), version == null ? document.version() + 1 : version);
            int changed = document.version();
            // Check only the newest text: a change still waiting in the queue would outdate it.
            worker.execute(() -> guarded("check", () -> {
                if (documents.get(document.uri) == document && document.version() == changed) publish(document.uri);
            }));
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        run("didClose", () -> {
            String uri = params.getTextDocument().getUri();
            documents.close(uri);
            LanguageClient c = client;
            if (c != null && uri != null) c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Data files may have changed on disk: check the saved document again.
        run("didSave", () -> {
            OpenDocument document = documents.get(params.getTextDocument().getUri());
            if (document != null) {
                document.forget();
                publish(document.uri);
            }
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer("hover", params.getTextDocument(), params.getPosition(), null,
                (s, offset) -> Hovers.at(s, last(s), offset));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer("completion", params.getTextDocument(), params.getPosition(), Either.forLeft(List.of()),
                (s, offset) -> Either.forLeft(Completions.at(s, last(s), offset)));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return answer("definition", params.getTextDocument(), params.getPosition(), Either.forLeft(List.of()),
                (s, offset) -> {
                    Names.Defined d = Names.definitionAt(s, last(s), offset);
                    if (d != null) return Either.forLeft(List.of(new Location(s.uri(),
                            s.lines().rangeOf(d.start(), d.end()))));
                    Location file = Names.fileAt(s, offset);
                    return Either.forLeft(file == null ? List.of() : List.of(file));
                });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return answer("references", params.getTextDocument(), params.getPosition(), List.of(),
                (s, offset) -> Names.uses(s, last(s), offset, declaration));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return answer("documentSymbol", params.getTextDocument(), null, List.of(),
                (s, offset) -> Outline.of(s, last(s)).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight)
                        .toList());
    }

    /** The whole document in `nnet fmt`'s layout, as one edit; none when it has syntax errors or is formatted. */
    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.TextEdit>> formatting(
            org.eclipse.lsp4j.DocumentFormattingParams params) {
        return answer("formatting", params.getTextDocument(), null, List.<org.eclipse.lsp4j.TextEdit>of(),
                (s, offset) -> {
                    dev.nnet.fmt.Formatted formatted = dev.nnet.fmt.Formatter.format(s.source());
                    if (!formatted.ok() || formatted.text().equals(s.text())) return List.<org.eclipse.lsp4j.TextEdit>of();
                    return List.of(new org.eclipse.lsp4j.TextEdit(s.lines().rangeOf(0, s.text().length()),
                            formatted.text()));
                });
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return answer("inlayHint", params.getTextDocument(), null, List.of(),
                (s, offset) -> ShapeHints.in(s, params.getRange()));
    }

    private Snapshot last(Snapshot snapshot) {
        OpenDocument document = documents.get(snapshot.uri());
        return document == null ? null : document.lastParsed();
    }

    private void publish(String uri) {
        OpenDocument document = documents.get(uri);
        LanguageClient c = client;
        if (document == null || c == null) return;
        Snapshot snapshot = documents.snapshot(document);
        c.publishDiagnostics(new PublishDiagnosticsParams(uri, Problems.of(snapshot), snapshot.version()));
    }

    /** An answer computed on the worker from the document's current snapshot; {@code none} when it cannot be. */
    private <T> CompletableFuture<T> answer(String what, TextDocumentIdentifier id, Position position, T none,
                                            BiFunction<Snapshot, Integer, T> compute) {
        Supplier<T> task = () -> {
            try {
                OpenDocument document = documents.get(id == null ? null : id.getUri());
                if (document == null) return none;
                Snapshot snapshot = documents.snapshot(document);
                T result = compute.apply(snapshot, snapshot.lines().offsetOf(position));
                return result == null ? none : result;
            } catch (Throwable e) {
                report(what, e);
                return none;
            }
        };
        return CompletableFuture.supplyAsync(task, worker);
    }

    private void run(String what, Runnable task) {
        try {
            worker.execute(() -> guarded(what, task));
        } catch (RuntimeException e) {
            report(what, e); // the worker has been shut down
        }
    }

    private void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (Throwable e) {
            report(what, e);
        }
    }

    private void report(String what, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        log.println("nnet lsp: internal error in " + what + " (a bug in NNet; the server goes on): " + trace);
    }
}
