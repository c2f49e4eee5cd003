package dev.nnet.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.check.Vocabulary;
import dev.nnet.check.Word;
import dev.nnet.diag.SourceText;
import dev.nnet.session.Session;
import dev.nnet.syntax.Lexemes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Tab offers, at each kind of place: from Completions itself, and through JLine's completer. */
class CompletionTest {
    @TempDir
    Path dir;

    private final Session session = Session.interactive(new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8));
    private Completions completions;

    @BeforeEach
    void defineADatasetAModelAndAValue() throws IOException {
        assertTrue(session.submit(new SourceText("<input 1>", ReplCommandsTest.IRIS + ReplCommandsTest.NET
                + "let rate = 0.1"), dir).ok());
        Files.createDirectories(dir.resolve("data/more"));
        Files.writeString(dir.resolve("data/iris.csv"), "a,b\n1,x\n");
        Files.writeString(dir.resolve("data/notes.txt"), "");
        Files.writeString(dir.resolve("data/.hidden"), "");
        Files.writeString(dir.resolve("script.nnet"), "");
        completions = new Completions(session::definitions, new FileNames(dir));
    }

    /** The values offered with the cursor at the end of {@code text}. */
    private List<String> at(String text) {
        return completions.at(text, text.length()).values();
    }

    @Test
    void aStatementBeginsWithAKeywordOrAName() {
        List<String> values = at("");
        assertTrue(values.containsAll(List.of("let", "dataset", "model", "train", "evaluate", "predict", "print")), values.toString());
        assertFalse(values.contains("on") || values.contains("input") || values.contains("true"), values.toString());
        assertTrue(values.containsAll(List.of("iris", "net", "rate")), values.toString());
        assertEquals(at(""), at("print 1\n"), "a new line starts a new statement");
        assertEquals(at(""), at("print 1; "), "so does a semicolon");
    }

    @Test
    void theWordBeingTypedIsReplacedFromItsStart() {
        Completion c = completions.at("print 1; tra", 12);
        assertEquals(9, c.wordStart());
        assertTrue(c.values().contains("train"));
    }

    @Test
    void aStatementOnAModelOffersTheModelsThenTheDatasets() {
        assertEquals(List.of("net"), at("train "));
        assertEquals(List.of("net"), at("evaluate n"));
        assertEquals(List.of("iris"), at("train net on "));
        assertEquals(List.of("on"), at("train net "));
        assertEquals(List.of("on"), at("predict net o"));
        assertEquals(List.of("net"), at("plot "), "plot names a model, then `to`");
        assertEquals(List.of("to"), at("plot net "));
        assertTrue(at("print ").containsAll(List.of("iris", "net", "rate", "relu")));
        assertEquals(List.of(), at("model "), "a new name is not completed");
        assertEquals(List.of(), at("let "));
    }

    @Test
    void aDatasetsPartsFollowItsNameAndADot() {
        assertEquals(List.of("train", "validation", "test"), at("train net on iris."));
        assertEquals(List.of("train", "validation", "test"), at("train net on iris.t"), "the word replaced is `t`");
        assertEquals(List.of(), at("train net on iris.train "), "`train` is a part here, not a statement");
        assertEquals(List.of(), at("print rate."), "a value has no parts");
    }

    @Test
    void aBlockOffersItsOptionsNotYetGiven() {
        for (Map.Entry<String, List<String>> block : Vocabulary.BLOCK_OPTIONS.entrySet()) {
            String start = switch (block.getKey()) {
                case "dataset" -> "dataset d = iris() {\n  ";
                case "plot" -> "plot net to \"curves.png\" {\n  ";
                default -> block.getKey() + " net on iris {\n  ";
            };
            List<String> expected = block.getValue().stream().map(o -> o + ":").toList();
            assertEquals(expected, at(start), start);
            assertEquals(expected, at(start.replace("\n  ", " ")), "on the line of the brace too");
        }
        List<String> values = at("train net on iris.train {\n  loss: mse\n  epochs: 3; ");
        assertFalse(values.contains("loss:") || values.contains("epochs:"), values.toString());
        assertTrue(values.contains("optimizer:"), values.toString());
    }

    @Test
    void anOptionsValueIsAWordOfItsKind() {
        assertEquals(Vocabulary.words(Word.Category.LOSS), words(at("train net on iris.train {\n  loss: ")));
        assertEquals(Vocabulary.words(Word.Category.OPTIMIZER), words(at("train net on iris.train { optimizer: ")));
        assertEquals(Vocabulary.words(Word.Category.NORMALIZATION), words(at("dataset d = iris() { normalize: ")));
        assertEquals(Vocabulary.words(Word.Category.METRIC), words(at("evaluate net on iris { metrics: [")));
        assertEquals(Vocabulary.words(Word.Category.METRIC), words(at("evaluate net on iris { metrics: [loss, ")));
        assertTrue(at("train net on iris.train { loss: ").contains("rate"), "a value defined by `let` may be one");
    }

    @Test
    void aCallOffersItsArgumentNamesAndValues() {
        List<String> values = at("model m { input 4; dense(");
        List<String> arguments = Vocabulary.argumentsOf("dense").stream().map(a -> a + ":").toList();
        assertEquals(arguments, values.subList(0, arguments.size()));
        assertTrue(values.contains("rate"), values.toString());
        assertFalse(at("model m { input 4; dense(8, activation: relu, ").contains("activation:"));
        assertEquals(Vocabulary.words(Word.Category.ACTIVATION), words(at("model m { input 4; dense(8, activation: ")));
        assertEquals(Vocabulary.words(Word.Category.INITIALIZER), words(at("model m { input 4; dense(8, init: ")));
        assertTrue(at("train net on iris.train { optimizer: adam(").contains("learning_rate:"));
        assertTrue(at("let o = sgd(learning_rate: 0.1, ").contains("momentum:"));
    }

    @Test
    void aModelLineIsInputOrALayer() {
        List<String> values = at("model m {\n  ");
        assertTrue(values.contains("input"), values.toString());
        assertTrue(values.containsAll(Vocabulary.words(Word.Category.LAYER)), values.toString());
        assertEquals(values, at("model m {\n  input 4\n  "));
        assertEquals(values, at("model m { input 4; "));
    }

    @Test
    void aSplitRecordOffersTheParts() {
        assertEquals(List.of("train:", "validation:", "test:"), at("dataset d = iris() { split: {"));
        assertEquals(List.of("validation:", "test:"), at("dataset d = iris() { split: {train: 0.8, "));
    }

    @Test
    void anExpressionOffersNamesWordsAndBooleans() {
        List<String> values = at("let x = ");
        assertTrue(values.containsAll(List.of("iris", "net", "rate", "true", "false", "relu", "mse", "adam")), values.toString());
        for (String keyword : Lexemes.keywords()) {
            if (!keyword.equals("true") && !keyword.equals("false")) assertFalse(values.contains(keyword), keyword);
        }
        List<String> sources = new ArrayList<>(Vocabulary.words(Word.Category.SOURCE));
        sources.addAll(List.of("iris", "net", "rate")); // then the names defined, the dataset iris among them
        assertEquals(sources, at("dataset d = "));
    }

    @Test
    void insideAStringTheFilesAreOffered() {
        assertEquals(List.of("data/", "script.nnet\""), at("dataset d = csv(\""));
        assertEquals(List.of("data/iris.csv\"", "data/more/", "data/notes.txt\""), at("dataset d = csv(\"data/"));
        assertEquals(List.of("data/iris.csv\""), at("dataset d = csv(\"data/i"));
        assertEquals(List.of("data/.hidden\""), at("dataset d = csv(\"data/."));
        Completion c = completions.at("dataset d = csv(\"data/i", 23);
        assertEquals(17, c.wordStart(), "the word is what follows the quote");
        assertEquals(List.of(), at("dataset d = csv(\"data/iris.csv\""), "a closed string is not completed");
        assertEquals(List.of(), at("let x = 1 # a comm"), "nor is a comment");
        assertEquals(List.of(), at("let x = 12"), "nor a number");
        assertEquals(List.of(), at("let x = 12 "), "nothing but an operator follows a value");
        assertEquals(List.of(), at("dataset d = csv(\"nowhere/"), "a folder that does not exist has nothing");
    }

    @Test
    void commandsAndTheirArguments() {
        List<String> commands = Commands.TABLE.stream().map(Command::name).toList();
        assertEquals(commands, at(":"));
        assertEquals(commands, at("  :s").stream().filter(commands::contains).toList());
        assertEquals(List.of("net"), at(":summary "));
        assertEquals(List.of("net"), at(":sum n"));
        assertEquals(List.of("data/", "script.nnet"), at(":load "));
        assertEquals(List.of("data/iris.csv", "data/more/", "data/notes.txt"), at(":load data/"));
        assertTrue(at(":type ").containsAll(List.of("iris", "net", "rate", "relu")));
        assertEquals(List.of("train", "validation", "test"), at(":type iris."));
        assertEquals(commands.stream().map(c -> c.substring(1)).toList(), at(":help "));
        assertEquals(List.of(), at(":quit "));
        assertEquals(List.of(), at(":nonsense "));
        assertEquals(":type iris.".indexOf('.') + 1, completions.at(":type iris.", 11).wordStart());
    }

    @Test
    void theJLineCompleterOffersTheSameWithDescriptions() {
        ScriptedRepl scripted = new ScriptedRepl(dir, null);
        scripted.run(ReplCommandsTest.IRIS + ReplCommandsTest.NET);
        LineReader reader = scripted.repl().reader();
        String text = "train net on iris.train {\n  loss: cross_entropy\n  opt";
        ParsedLine line = reader.getParser().parse(text, text.length(), Parser.ParseContext.COMPLETE);
        assertEquals("opt", line.word());
        List<Candidate> candidates = new ArrayList<>();
        ((org.jline.reader.impl.LineReaderImpl) reader).getCompleter().complete(reader, line, candidates);
        assertTrue(candidates.stream().anyMatch(c -> c.value().equals("optimizer:") && c.group().equals("options")
                && c.descr().equals("train option")), candidates.toString());
        assertFalse(candidates.stream().anyMatch(c -> c.value().equals("loss:")), candidates.toString());

        text = "print ne";
        line = reader.getParser().parse(text, text.length(), Parser.ParseContext.COMPLETE);
        candidates.clear();
        ((org.jline.reader.impl.LineReaderImpl) reader).getCompleter().complete(reader, line, candidates);
        assertTrue(candidates.stream().anyMatch(c -> c.value().equals("net") && c.descr().equals("Model[4 -> 8 -> 3]")),
                candidates.toString());
    }

    /** The built-in words among the values (names defined by `let` may follow them). */
    private static List<String> words(List<String> values) {
        return values.stream().filter(v -> Word.named(v).isPresent()).toList();
    }
}
