package dev.nnet.lsp;

import dev.nnet.session.Session;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The open documents, and their checking through one session. Used from the server's single
 * worker thread only, so it needs no locks.
 */
final class Documents {
    private final Map<String, OpenDocument> open = new HashMap<>();
    // A script's session (it warns about unused definitions), whose data files are read once per change.
    private final Session session = new Session(new DataCache(), false,
            new PrintStream(OutputStream.nullOutputStream()));

    void open(String uri, String text, int version) {
        open.put(uri, new OpenDocument(uri, text, version));
    }

    OpenDocument get(String uri) {
        return uri == null ? null : open.get(uri);
    }

    void close(String uri) {
        open.remove(uri);
    }

    /** The document's text checked as it is now (checked on demand, then kept until it changes). */
    Snapshot snapshot(OpenDocument document) {
        Snapshot current = document.current();
        if (current != null) return current;
        Snapshot checked = Snapshot.check(session, document.uri, document.text(), document.version());
        document.remember(checked);
        return checked;
    }
}
