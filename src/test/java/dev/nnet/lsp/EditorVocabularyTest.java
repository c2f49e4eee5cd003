package dev.nnet.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.nnet.check.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The editor grammars know every word of the language: each keyword of the lexer and each built-in
 * word of the checker is highlighted, with the class for its kind, by the TextMate grammar, the
 * Vim syntax file and the Emacs mode; and none of them highlights a built-in word the language does
 * not have. Read from the grammar files as text, so it runs without any editor installed.
 */
class EditorVocabularyTest {
    private static final Path EDITORS = Path.of("editor-support");

    @Test
    void theTextMateGrammarHighlightsEveryWord() throws IOException {
        List<String[]> rules = new ArrayList<>(); // {scope, regex}
        collect(JsonParser.parseString(Files.readString(EDITORS.resolve("vscode/syntaxes/nnet.tmLanguage.json"))),
                rules);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, EditorWords.Look> entry : EditorWords.all().entrySet()) {
            String word = entry.getKey();
            String scope = entry.getValue().textMateScope();
            boolean found = rules.stream().anyMatch(r -> r[0].equals(scope)
                    && Pattern.compile(r[1]).matcher(word).matches());
            if (!found) missing.add(word + " (" + scope + ")");
        }
        assertEquals(List.of(), missing, "words the TextMate grammar does not highlight as their kind");

        Set<String> listed = new TreeSet<>();
        Pattern alternatives = Pattern.compile("\\(\\?:([a-z0-9_|]+)\\)"); // words may hold digits: conv2d
        for (String[] rule : rules) {
            if (!rule[0].startsWith("support.")) continue;
            Matcher m = alternatives.matcher(rule[1]);
            while (m.find()) listed.addAll(List.of(m.group(1).split("\\|")));
        }
        assertEquals(new TreeSet<>(Word.allTexts()), listed, "the TextMate grammar's built-in words");
    }

    @Test
    void theVimSyntaxHighlightsEveryWord() throws IOException {
        Map<String, String> groupOf = new HashMap<>();
        Pattern keyword = Pattern.compile("^syn keyword (\\w+) (.*)$");
        for (String line : Files.readAllLines(EDITORS.resolve("vim/syntax/nnet.vim"))) {
            Matcher m = keyword.matcher(line.strip());
            if (!m.matches()) continue;
            for (String word : m.group(2).split("\\s+")) {
                if (word.contains("=")) break; // options such as nextgroup= follow the words
                groupOf.put(word, m.group(1));
            }
        }
        List<String> wrong = new ArrayList<>();
        EditorWords.all().forEach((word, look) -> {
            if (!look.vimGroup().equals(groupOf.get(word))) {
                wrong.add(word + " is in " + groupOf.get(word) + ", not " + look.vimGroup());
            }
        });
        assertEquals(List.of(), wrong, "words the Vim syntax does not highlight as their kind");
        Set<String> builtins = new TreeSet<>();
        groupOf.forEach((word, group) -> {
            if (!group.equals("nnetTodo") && !EditorWords.isKeyword(word)) builtins.add(word);
        });
        assertEquals(new TreeSet<>(Word.allTexts()), builtins, "the Vim syntax's built-in words");
    }

    @Test
    void theEmacsModeHighlightsEveryWord() throws IOException {
        Map<String, List<String>> lists = new HashMap<>();
        Pattern list = Pattern.compile("\\(defconst (nnet-[a-z-]+)\\s+'\\(([^)]*)\\)");
        Matcher m = list.matcher(Files.readString(EDITORS.resolve("emacs/nnet-mode.el")));
        while (m.find()) {
            List<String> words = new ArrayList<>();
            Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(m.group(2));
            while (quoted.find()) words.add(quoted.group(1));
            lists.put(m.group(1), words);
        }
        List<String> wrong = new ArrayList<>();
        for (String keyword : EditorWords.keywordsOf(EditorWords.all())) {
            boolean listed = List.of("nnet-declaration-keywords", "nnet-statement-keywords",
                    "nnet-control-keywords", "nnet-constants")
                    .stream().anyMatch(name -> lists.getOrDefault(name, List.of()).contains(keyword));
            if (!listed) wrong.add("keyword " + keyword);
        }
        Set<String> builtins = new TreeSet<>();
        for (Word.Category category : Word.Category.values()) {
            List<String> listed = lists.getOrDefault(EditorWords.emacsList(category), List.of());
            builtins.addAll(listed);
            for (String word : Word.textsOf(category)) {
                Word w = Word.named(word).orElseThrow();
                if (w.category == category && !listed.contains(word)) {
                    wrong.add(word + " is not in " + EditorWords.emacsList(category));
                }
            }
        }
        assertEquals(List.of(), wrong, "words the Emacs mode does not highlight as their kind");
        assertEquals(new TreeSet<>(Word.allTexts()), builtins, "the Emacs mode's built-in words");
        assertTrue(Files.readString(EDITORS.resolve("emacs/nnet-mode.el")).contains("(nnet--words (append"),
                "the Emacs mode's font-lock rules use the lists");
    }

    /** Every rule with a scope name and a match, anywhere in the grammar. */
    private static void collect(JsonElement element, List<String[]> rules) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collect(e, rules));
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (object.has("name") && object.has("match")) {
                rules.add(new String[] {object.get("name").getAsString(), object.get("match").getAsString()});
            }
            object.entrySet().forEach(e -> collect(e.getValue(), rules));
        }
    }
}
