package dev.nnet.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Script in, exact layout out: each script under src/test/resources/fmt formats to its .formatted
 * file, keeps its syntax tree, and is a fixed point once formatted. Regenerate the .formatted files
 * with -Dgolden.update=true, then review the diff.
 */
class GoldenFormatTest {
    static final Path GOLDEN = Path.of("src/test/resources/fmt");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> p.toString().endsWith(".nnet")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScriptFormatsToItsExpectedLayout() throws IOException {
        List<Path> scripts = scripts();
        assertTrue(scripts.size() >= 5, "the golden scripts are missing");
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            String formatted = FormatProperties.assertFormatsWell(script.toString(), text);
            Path expected = Path.of(script.toString().replaceAll("\\.nnet$", ".formatted"));
            if (UPDATE) Files.writeString(expected, formatted, StandardCharsets.UTF_8);
            assertTrue(Files.exists(expected), "no .formatted file for " + script);
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), formatted);
        }));
    }
}
