package dev.nnet.lsp;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;

/** {@code nnet lsp}: the language server, speaking LSP over standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the NNet language server for editors: LSP over standard input and output.",
                "Editors start it themselves (see editor-support/ in the NNet repository)."})
public final class LspCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream log;

    public LspCommand(InputStream in, PrintStream out, PrintStream log) {
        this.in = in;
        this.out = out;
        this.log = log;
    }

    @Override
    public Integer call() throws Exception {
        // Standard output is the protocol: anything else printed there would break it.
        PrintStream stdout = System.out;
        System.setOut(log);
        try {
            return serve();
        } finally {
            System.setOut(stdout);
        }
    }

    private int serve() throws Exception {
        NNetLanguageServer server = new NNetLanguageServer(log);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Integer> streamClosed = CompletableFuture.supplyAsync(() -> {
            try {
                listening.get();
            } catch (Exception e) {
                // The stream ended or broke: the client is gone.
            }
            return 1;
        });
        int code = (Integer) CompletableFuture.anyOf(server.exited(), streamClosed).get();
        out.flush();
        return code;
    }
}
