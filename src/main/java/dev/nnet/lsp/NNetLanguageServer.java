package dev.nnet.lsp;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The NNet language server: diagnostics, hover, inlay hints, completion, go to definition and the
 * document outline, all from the same session the command line checks with. It keeps no state
 * but the open documents' texts; everything else is recomputed from them.
 */
public final class NNetLanguageServer implements LanguageServer, LanguageClientAware {
    private final ExecutorService worker;
    private final NNetTextDocumentService documents;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile boolean shutDown;

    /** A server that logs its problems to {@code log} (stderr: stdout is the protocol). */
    public NNetLanguageServer(PrintStream log) {
        // Deeply nested text makes the parser recurse deeply: give the worker a large stack.
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(null, task, "nnet-lsp-worker", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        this.documents = new NNetTextDocumentService(worker, log);
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(true);
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".", ":", "(", "[")));
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setInlayHintProvider(true);
        String version = NNetLanguageServer.class.getPackage().getImplementationVersion();
        return CompletableFuture.completedFuture(
                new InitializeResult(capabilities, new ServerInfo("nnet", version)));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        return CompletableFuture.supplyAsync(() -> null, worker);
    }

    @Override
    public void exit() {
        worker.shutdownNow();
        exited.complete(shutDown ? 0 : 1);
    }

    /** Completes with the exit code (0 after a shutdown request, 1 without) when the client says exit. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
            }
        };
    }
}
