package dev.nnet.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnet.check.Vocabulary;
import dev.nnet.syntax.Lexemes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 random and malformed inputs in one session: pieces of real statements, statements with a
 * token changed, random tokens, unbalanced brackets and garbage characters. After each one the
 * REPL is alive, reports no internal error, and the definitions made before still have their types.
 */
class RandomInputsTest {
    private static final int INPUTS = 10_000;
    private static final String[] STATEMENTS = {
        "let a = 1", "let b = [1, 2, 3]", "let o = adam(learning_rate: 0.01)", "let r = {train: 0.7, test: 0.3}",
        "let s = \"text\" + \"more\"", "let t = rate * 2 - 1 / 4 % 3",
        "dataset d = iris() { split: {train: 0.7, validation: 0.1, test: 0.2}; seed: 2; normalize: minmax }",
        "dataset c = csv(\"nowhere.csv\") { target: \"y\" }",
        "model m { input 4; dense(5, activation: tanh, init: he_normal); dense(3, activation: softmax) }",
        "model m2 {\n  input 4\n  dense(2, bias: false)\n  sigmoid\n}",
        "train net on iris.train { loss: cross_entropy; optimizer: sgd(learning_rate: 0.1, momentum: 0.5); epochs: 1 }",
        "train net on iris.train {\n  loss: mse\n  optimizer: adam\n  epochs: 1\n  batch_size: full\n}",
        "evaluate net on iris.test { metrics: [accuracy, loss] }", "evaluate net on iris.test",
        "predict net on [5.1, 3.5, 1.4, 0.2]", "predict net on [[5.1, 3.5, 1.4, 0.2], [6, 3, 5, 2]]",
        "print net, iris.train", "print(1 + 2 * 3)", "print \"a\\tb\"", "net", "iris.train", "rate * 2", "-rate",
        "# only a comment", "",
    };
    private static final String[] TOKENS = {
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "+", "-", "*", "/", "%", "\n", "0", "1", "2", "-1", "0.5",
        "1e-3", "1e30", "99999999999999999999999", "\"data.csv\"", "\"unclosed", "\"bad\\escape\"", "x", "net", "iris",
        "rate", "train", "test", "validation", "_", "@", "#", "\\", "é", "\t",
    };

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private Workspace workspace;

    @Test
    void theSessionSurvivesEveryInputAndKeepsItsDefinitions() throws IOException {
        DumbTerminal terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), output,
                StandardCharsets.UTF_8);
        workspace = new Repl(terminal, new Repl.Options(null, dir, false)).workspace();
        String definitions = ReplCommandsTest.IRIS + ReplCommandsTest.NET + "let rate = 0.25\n";
        for (String statement : definitions.split("\n(?=[a-z])")) {
            assertEquals("", handle(statement), statement);
        }
        String types = handle(":type net\n").strip();
        assertEquals("net : Model[4 -> 8 -> 3]", types);

        SplittableRandom random = new SplittableRandom(20240611);
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            String input = randomInput(random, kinds);
            String shown = handle(input);
            if (workspace.quitRequested()) fail("input " + i + " ended the session: " + visible(input));
            if (shown.contains("internal error")) fail("input " + i + " " + visible(input) + " gave\n" + shown);
            assertEquals("net : Model[4 -> 8 -> 3]", handle(":type net").strip(), "after input " + i + ": " + visible(input));
            if (i % 50 == 0) {
                assertEquals("rate : Float", handle(":type rate").strip(), "after input " + i);
                assertEquals("iris.train : Dataset[4 -> Classes(setosa, versicolor, virginica)]",
                        handle(":type iris.train").strip(), "after input " + i);
            }
        }
        assertFalse(output.toString(StandardCharsets.UTF_8).contains("\u001b"));
        for (String kind : List.of("fragment", "mutated", "tokens", "brackets", "garbage", "several")) {
            assertTrue(kinds.contains(kind), kind);
        }
    }

    @Test
    void theLineReaderLoopSurvivesThemTooWhenTheyArePiped() {
        SplittableRandom random = new SplittableRandom(99);
        StringBuilder typed = new StringBuilder(ReplCommandsTest.IRIS + ReplCommandsTest.NET);
        for (int i = 0; i < 300; i++) {
            // Control characters are keys to a line editor (Ctrl-D leaves), so they are left out here;
            // two empty lines end whatever an input left unfinished.
            String input = randomInput(random, new ArrayList<>()).replaceAll("[\\x00-\\x08\\x0b-\\x1f\\x7f]", "?");
            typed.append(input).append("\n\n\n");
        }
        typed.append(":type net\n");
        String out = new ScriptedRepl(dir, null).run(typed.toString());
        assertTrue(out.endsWith("nnet> :type net\nnet : Model[4 -> 8 -> 3]\nnnet> \n"),
                out.substring(Math.max(0, out.length() - 2000)));
        assertFalse(out.contains("internal error"), out);
    }

    /** What the REPL printed for one input. */
    private String handle(String input) {
        output.reset();
        workspace.handle(input);
        return output.toString(StandardCharsets.UTF_8);
    }

    private static String randomInput(SplittableRandom random, List<String> kinds) {
        String kind = switch (random.nextInt(6)) {
            case 0 -> "fragment";
            case 1 -> "mutated";
            case 2 -> "tokens";
            case 3 -> "brackets";
            case 4 -> "garbage";
            default -> "several";
        };
        if (kinds.size() < 6 && !kinds.contains(kind)) kinds.add(kind);
        String input = switch (kind) {
            case "fragment" -> {
                String s = pick(random, STATEMENTS);
                yield s.substring(0, random.nextInt(s.length() + 1));
            }
            case "mutated" -> mutated(random, pick(random, STATEMENTS));
            case "tokens" -> tokens(random, 1 + random.nextInt(15));
            case "brackets" -> brackets(random);
            case "garbage" -> garbage(random);
            default -> pick(random, STATEMENTS) + (random.nextBoolean() ? "\n" : "; ") + randomInput(random, kinds);
        };
        // A colon first would make the input a command: :quit or :reset are not what is tested here.
        return input.stripLeading().startsWith(":") ? "#" + input : input;
    }

    private static String mutated(SplittableRandom random, String statement) {
        List<Lexemes.Lexeme> tokens = Lexemes.of(statement);
        if (tokens.isEmpty()) return tokens(random, 3);
        Lexemes.Lexeme t = tokens.get(random.nextInt(tokens.size()));
        String replacement = random.nextInt(3) == 0 ? "" : anyToken(random);
        return switch (random.nextInt(3)) {
            case 0 -> statement.substring(0, t.start()) + replacement + statement.substring(t.end());
            case 1 -> statement.substring(0, t.start()) + replacement + " " + statement.substring(t.start());
            default -> statement.substring(0, t.start()) + statement.substring(t.end());
        };
    }

    private static String tokens(SplittableRandom random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) out.append(anyToken(random)).append(random.nextInt(4) == 0 ? "" : " ");
        return out.toString();
    }

    private static String brackets(SplittableRandom random) {
        StringBuilder out = new StringBuilder(pick(random, new String[] {"let x = ", "model m ", "print ", "", "dataset q = iris() "}));
        String open = "([{";
        String close = ")]}";
        for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
            int r = random.nextInt(4);
            if (r == 0) out.append(open.charAt(random.nextInt(3)));
            else if (r == 1) out.append(close.charAt(random.nextInt(3)));
            else out.append(anyToken(random)).append(' ');
        }
        return out.toString();
    }

    /** Any characters: control characters, lone surrogates, letters of other scripts, the NUL. */
    private static String garbage(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = random.nextInt(40); i < n; i++) {
            int r = random.nextInt(4);
            if (r == 0) out.append((char) random.nextInt(32));
            else if (r == 1) out.append((char) random.nextInt(0x10000));
            else if (r == 2) out.appendCodePoint(random.nextInt(0x10000, 0x110000));
            else out.append((char) random.nextInt(32, 127));
        }
        return out.toString();
    }

    private static String anyToken(SplittableRandom random) {
        int r = random.nextInt(3);
        if (r == 0) return pick(random, Lexemes.keywords().toArray(new String[0]));
        if (r == 1) return pick(random, Vocabulary.allWords().toArray(new String[0]));
        return pick(random, TOKENS);
    }

    private static String pick(SplittableRandom random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String visible(String input) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : input.toCharArray()) {
            if (c < 32 || c > 126) out.append(String.format("\\u%04x", (int) c)); else out.append(c);
        }
        return out.append('"').toString();
    }
}
