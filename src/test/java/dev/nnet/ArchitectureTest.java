package dev.nnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the dependencies pointing one way (ARCHITECTURE.md): each package may use only the
 * packages listed for it. Read from the sources, so a fully qualified name counts as an import.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/nnet");
    private static final Pattern USE = Pattern.compile("\\bdev\\.nnet\\.([a-z]+)\\b");

    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("ast", Set.of()),
            Map.entry("diag", Set.of("ast", "text")),
            Map.entry("syntax", Set.of("ast", "diag", "text")),
            Map.entry("engine", Set.of()),
            Map.entry("modelfile", Set.of("text")),
            Map.entry("data", Set.of("engine", "text")),
            Map.entry("check", Set.of("ast", "diag", "data", "modelfile", "text")),
            Map.entry("runtime", Set.of("ast", "diag", "check", "data", "engine", "modelfile", "text")),
            Map.entry("session", Set.of("ast", "diag", "syntax", "check", "data", "runtime", "text")),
            Map.entry("lsp", Set.of("ast", "diag", "syntax", "check", "session", "fmt", "text")),
            Map.entry("fmt", Set.of("ast", "diag", "syntax", "text")),
            Map.entry("cli", Set.of("diag", "check", "session", "lsp", "fmt", "repl", "text")),
            Map.entry("repl", Set.of("ast", "diag", "syntax", "check", "session", "text")));

    static Stream<String> packages() {
        return ALLOWED.keySet().stream().sorted();
    }

    /** The other dev.nnet packages that the sources of {@code pkg} name. */
    static Set<String> used(String pkg) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) if (!m.group(1).equals(pkg)) used.add(m.group(1));
            }
        }
        return used;
    }

    @ParameterizedTest
    @MethodSource("packages")
    void eachPackageUsesOnlyWhatItMay(String pkg) throws IOException {
        Set<String> extra = new TreeSet<>(used(pkg));
        extra.removeAll(ALLOWED.get(pkg));
        assertEquals(Set.of(), extra, "package " + pkg + " uses packages it must not");
    }

    @Test
    void theEngineKnowsNothingOfTheLanguage() throws IOException {
        Set<String> used = used("engine");
        for (String language : List.of("ast", "syntax", "diag", "check", "runtime", "session", "cli", "data")) {
            assertFalse(used.contains(language), "the engine uses dev.nnet." + language);
        }
    }

    @Test
    void everyPackageIsListed() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(ALLOWED.containsKey(dir.getFileName().toString()),
                        "package " + dir.getFileName() + " has no entry in ArchitectureTest.ALLOWED");
            }
        }
    }
}
