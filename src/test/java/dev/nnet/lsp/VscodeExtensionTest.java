package dev.nnet.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The VS Code extension with npm's own tools: the TextMate grammar against its fixtures
 * (vscode-tmgrammar-test), the client's start-up (node --test), and the .vsix that vsce builds.
 * Needs `npm ci` in editor-support/vscode (`.ci/run` does it); skipped without it.
 */
class VscodeExtensionTest {
    static final Path EXTENSION = Path.of("editor-support/vscode").toAbsolutePath();

    @BeforeEach
    void needsNpmTools() {
        ExternalTool.assumeInstalled("npx", "Node.js and npm");
        assumeTrue(Files.isDirectory(EXTENSION.resolve("node_modules/vscode-tmgrammar-test")),
                "npm packages not installed: run `npm ci` in editor-support/vscode; skipping the VS Code tests");
    }

    @Test
    void theGrammarGivesEveryTokenClassItsScope() throws Exception {
        ExternalTool.Result result = ExternalTool.run(EXTENSION, 120,
                List.of("npx", "--no", "--", "vscode-tmgrammar-test", "test/tokens.nnet"));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("run successful"), result.output());
    }

    @Test
    void everyWordOfTheLanguageHasTheScopeOfItsKind() throws Exception {
        Path work = Path.of("target/editor-tests/vscode").toAbsolutePath();
        Files.createDirectories(work);
        StringBuilder fixture = new StringBuilder("# SYNTAX TEST \"source.nnet\" \"every keyword and built-in word\"");
        fixture.append('\n');
        EditorWords.all().forEach((word, look) -> fixture.append(word).append("\n# <")
                .append("-".repeat(word.length())).append(' ').append(look.textMateScope()).append('\n'));
        Path file = work.resolve("words.nnet");
        Files.writeString(file, fixture);
        ExternalTool.Result result = ExternalTool.run(EXTENSION, 120,
                List.of("npx", "--no", "--", "vscode-tmgrammar-test", file.toString()));
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void theExamplesShowNoMistake() throws Exception {
        Path work = Path.of("target/editor-tests/vscode").toAbsolutePath();
        Files.createDirectories(work);
        StringBuilder fixture = new StringBuilder("# SYNTAX TEST \"source.nnet\" \"the examples, without mistakes\"");
        fixture.append('\n');
        for (Path example : EditorWords.examples()) {
            for (String line : Files.readAllLines(example)) {
                fixture.append(line).append('\n');
                if (line.isEmpty()) continue;
                fixture.append("# <").append("-".repeat(line.length())).append(" - invalid.illegal.character.nnet")
                        .append(" invalid.illegal.escape.nnet invalid.illegal.unterminated-string.nnet\n");
            }
        }
        Path file = work.resolve("examples.nnet");
        Files.writeString(file, fixture);
        ExternalTool.Result result = ExternalTool.run(EXTENSION, 120,
                List.of("npx", "--no", "--", "vscode-tmgrammar-test", file.toString()));
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void theClientStartsTheLanguageServer() throws Exception {
        ExternalTool.Result result = ExternalTool.run(EXTENSION, 120, List.of("node", "--test", "test/"));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("# fail 0"), result.output());
    }

    @Test
    void theVsixContainsTheGrammarAndTheClient() throws Exception {
        Path vsix = Path.of("target/nnet.vsix").toAbsolutePath();
        Files.createDirectories(vsix.getParent());
        Files.deleteIfExists(vsix);
        ExternalTool.Result result = ExternalTool.run(EXTENSION, 300, List.of("npx", "--no", "--", "vsce", "package",
                "--allow-missing-repository", "--skip-license", "-o", vsix.toString()));
        assertEquals(0, result.exitCode(), result.output());
        try (ZipFile zip = new ZipFile(vsix.toFile())) {
            for (String file : List.of("extension/package.json", "extension/extension.js",
                    "extension/syntaxes/nnet.tmLanguage.json", "extension/language-configuration.json",
                    "extension/snippets/nnet.json", "extension/readme.md",
                    "extension/node_modules/vscode-languageclient/package.json",
                    "extension/node_modules/vscode-languageclient/lib/node/main.js",
                    "extension/node_modules/vscode-jsonrpc/package.json")) {
                assertTrue(zip.getEntry(file) != null, file + " is missing from " + vsix);
            }
            assertArrayEquals(Files.readAllBytes(EXTENSION.resolve("syntaxes/nnet.tmLanguage.json")),
                    read(zip, "extension/syntaxes/nnet.tmLanguage.json"));
            JsonObject manifest = JsonParser.parseString(new String(read(zip, "extension/package.json"),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            assertEquals("./extension.js", manifest.get("main").getAsString());
            JsonObject grammar = manifest.getAsJsonObject("contributes").getAsJsonArray("grammars").get(0)
                    .getAsJsonObject();
            assertEquals("source.nnet", grammar.get("scopeName").getAsString());
            assertTrue(zip.stream().map(ZipEntry::getName).noneMatch(n -> n.startsWith("extension/test/")),
                    "the tests are packaged");
            assertTrue(zip.stream().map(ZipEntry::getName).noneMatch(n -> n.contains("node_modules/@vscode/vsce/")),
                    "development tools are packaged");
        }
    }

    private static byte[] read(ZipFile zip, String name) throws Exception {
        try (var in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
