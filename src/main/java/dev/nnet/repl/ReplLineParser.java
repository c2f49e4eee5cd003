package dev.nnet.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of the input: on Enter, whether the input is whole ({@link Continuation}); for
 * completion, the word at the cursor as {@link Completions} sees it (a name, a command, or the part
 * of a string after its quote).
 */
final class ReplLineParser implements Parser {
    private final Completions completions;

    ReplLineParser(Completions completions) {
        this.completions = completions;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && Continuation.needsMore(line)) {
            throw new EOFError(-1, -1, "the input goes on", "more");
        }
        int start;
        try {
            start = Math.min(cursor, Math.max(0, completions.at(line, cursor).wordStart()));
        } catch (RuntimeException e) {
            start = cursor; // completion must never break the line editor
        }
        return new Line(line, cursor, start);
    }

    /**
     * The word being completed runs from {@code start} to the cursor. Nothing is escaped or quoted:
     * a candidate is inserted as it is (a file name inside a string included).
     */
    record Line(String line, int cursor, int start) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }

        @Override
        public String word() {
            return line.substring(start, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }
    }
}
