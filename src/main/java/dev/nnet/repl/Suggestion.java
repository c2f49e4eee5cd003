package dev.nnet.repl;

/**
 * One completion: the text that replaces the word being typed, what the list shows, its group and a
 * short description; {@code complete} when a space may follow it (a file in a folder being opened
 * does not).
 */
record Suggestion(String value, String display, String group, String description, boolean complete) {
    static Suggestion of(String value, String group, String description) {
        return new Suggestion(value, value, group, description, true);
    }
}
