package dev.nnet.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language client for tests: the server runs in this JVM, but every message goes through
 * LSP4J's JSON-RPC over piped streams, exactly as with an editor. Diagnostics the server
 * publishes are collected and can be waited for.
 */
final class LspClient implements LanguageClient, AutoCloseable {
    static final long TIMEOUT_SECONDS = 30;

    final LanguageServer server;
    final ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
    private final NNetLanguageServer implementation;
    private final List<PublishDiagnosticsParams> published = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lsp-test");
        t.setDaemon(true);
        return t;
    });
    private final PipedOutputStream toServer;
    private final PipedOutputStream toClient;

    LspClient() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        toClient = new PipedOutputStream(clientIn);
        implementation = new NNetLanguageServer(new PrintStream(serverLog, true, StandardCharsets.UTF_8));
        Launcher<LanguageClient> serverSide = new LSPLauncher.Builder<LanguageClient>().setLocalService(implementation)
                .setRemoteInterface(LanguageClient.class).setInput(serverIn).setOutput(toClient)
                .setExecutorService(threads).create();
        implementation.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        Launcher<LanguageServer> clientSide = new LSPLauncher.Builder<LanguageServer>().setLocalService(this)
                .setRemoteInterface(LanguageServer.class).setInput(clientIn).setOutput(toServer)
                .setExecutorService(threads).create();
        server = clientSide.getRemoteProxy();
        clientSide.startListening();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        server.initialize(init).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(
                new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nnet", 1, text)));
    }

    void change(String uri, int version, TextDocumentContentChangeEvent... changes) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(changes)));
    }

    /** The diagnostics published for {@code uri} at {@code version}, waiting for them if need be. */
    PublishDiagnosticsParams diagnostics(String uri, int version) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        synchronized (published) {
            while (true) {
                for (PublishDiagnosticsParams p : published) {
                    if (p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version) return p;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("no diagnostics for " + uri + " version " + version
                        + "; published: " + published + "\nserver log:\n" + log());
                TimeUnit.NANOSECONDS.timedWait(published, left);
            }
        }
    }

    List<PublishDiagnosticsParams> allPublished() {
        synchronized (published) {
            return new ArrayList<>(published);
        }
    }

    String log() {
        return serverLog.toString(StandardCharsets.UTF_8);
    }

    <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        synchronized (published) {
            published.add(diagnostics);
            published.notifyAll();
        }
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            server.exit();
            implementation.exited().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            closeQuietly(toServer);
            closeQuietly(toClient);
            threads.shutdownNow();
        }
    }

    private static void closeQuietly(PipedOutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
