package dev.nnet.fmt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.diag.SourceText;
import dev.nnet.syntax.ScriptParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example and every script of the diagnostics corpus that parses: formatting keeps its
 * syntax tree and is idempotent. (Scripts with syntax errors are not formatted at all.)
 */
class CorpusFormatTest {
    static List<Path> scripts(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(p -> p.toString().endsWith(".nnet")).sorted().toList();
        }
    }

    private static Stream<DynamicTest> formatAll(List<Path> scripts) {
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            if (!ScriptParser.parse(new SourceText(script.toString(), text)).ok()) {
                assertTrue(script.getFileName().toString().startsWith("syntax-"),
                        script + " does not parse, but it is not one of the syntax-error scripts");
                return;
            }
            FormatProperties.assertFormatsWell(script.toString(), text);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyExample() throws IOException {
        List<Path> examples = scripts("examples");
        assertTrue(examples.size() >= 3);
        return formatAll(examples);
    }

    @TestFactory
    Stream<DynamicTest> everyScriptOfTheDiagnosticsCorpus() throws IOException {
        List<Path> corpus = scripts("src/test/resources/diagnostics");
        assertTrue(corpus.size() >= 20);
        return formatAll(corpus);
    }
}
