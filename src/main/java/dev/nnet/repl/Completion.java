package dev.nnet.repl;

import java.util.List;

/** What may be typed at the cursor: the start of the word being completed, and the suggestions. */
record Completion(int wordStart, List<Suggestion> suggestions) {
    Completion {
        suggestions = List.copyOf(suggestions);
    }

    static Completion none(int cursor) {
        return new Completion(cursor, List.of());
    }

    /** The values, for tests and for a quick look. */
    List<String> values() {
        return suggestions.stream().map(Suggestion::value).toList();
    }
}
