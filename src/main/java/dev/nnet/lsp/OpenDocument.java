package dev.nnet.lsp;

import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The text of one document the editor has open, as the server last heard it, and its version.
 * Only the server's worker thread touches it.
 *
 * <p>An edit with a range out of the text (a client out of step) is applied with its ends
 * clamped into the text and in order, rather than refused: the next full or partial change then
 * works on a text of the same length as the client's more often than not, and the next `didOpen`
 * or full change puts everything right again.
 */
final class OpenDocument {
    final String uri;
    private String text;
    private int version;
    private Snapshot snapshot;
    private Snapshot lastParsed;

    OpenDocument(String uri, String text, int version) {
        this.uri = uri;
        this.text = text == null ? "" : text;
        this.version = version;
    }

    String text() {
        return text;
    }

    int version() {
        return version;
    }

    void apply(List<TextDocumentContentChangeEvent> changes, int newVersion) {
        if (changes != null) {
            for (TextDocumentContentChangeEvent change : changes) {
                if (change != null) text = applied(text, change.getRange(), change.getText());
            }
        }
        version = newVersion;
    }

    /** The text with one change made: a whole new text when the range is missing. */
    static String applied(String text, Range range, String replacement) {
        String inserted = replacement == null ? "" : replacement;
        if (range == null) return inserted;
        LineIndex lines = new LineIndex(text);
        int start = lines.offsetOf(range.getStart());
        int end = lines.offsetOf(range.getEnd());
        if (end < start) {
            int swap = start;
            start = end;
            end = swap;
        }
        return text.substring(0, start) + inserted + text.substring(end);
    }

    /** The checked state of the current text, if it has been checked. */
    Snapshot current() {
        return snapshot != null && snapshot.version() == version && snapshot.text().equals(text) ? snapshot : null;
    }

    /** The last checked state whose text parsed, for answers while the text has syntax errors. */
    Snapshot lastParsed() {
        return lastParsed;
    }

    /** Drops the checked state, so that the text is checked again (its data files may have changed). */
    void forget() {
        snapshot = null;
    }

    void remember(Snapshot checked) {
        snapshot = checked;
        if (checked.parsed()) lastParsed = checked;
    }
}
