package dev.nnet.modelfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the adversarial corpus: each file in src/test/resources/modelfile/bad/ is
 * rejected with the message in its .expected file. Regenerate both with -Dgolden.update=true.
 */
class BadModelFilesTest {
    private static final Path DIR = Path.of("src/test/resources/modelfile/bad");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> names() {
        return BadModelFiles.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachFileIsRejectedWithItsMessage(String name) throws IOException {
        Path file = DIR.resolve(name + ".safetensors");
        Path expected = DIR.resolve(name + ".expected");
        byte[] bytes = BadModelFiles.all().get(name);
        if (UPDATE) {
            Files.createDirectories(DIR);
            Files.write(file, bytes);
        }
        assertArrayEquals(bytes, Files.readAllBytes(file), "the committed file differs from what BadModelFiles makes");
        ModelFileException headerOnly = assertThrows(ModelFileException.class, () -> SafetensorsReader.header(file));
        ModelFileException whole = assertThrows(ModelFileException.class, () -> SafetensorsReader.read(file));
        assertEquals(headerOnly.getMessage(), whole.getMessage());
        if (UPDATE) Files.writeString(expected, whole.getMessage() + "\n");
        assertEquals(Files.readString(expected).strip(), whole.getMessage());
    }

    @Test
    void theCorpusHasAtLeastFortyFilesEachWithItsOwnMessage() throws Exception {
        Map<String, String> byMessage = new HashMap<>();
        for (String name : BadModelFiles.all().keySet()) {
            Path file = DIR.resolve(name + ".safetensors");
            String message = assertThrows(ModelFileException.class, () -> SafetensorsReader.read(file)).getMessage();
            String other = byMessage.put(message, name);
            assertEquals(null, other, name + " and " + other + " give the same message: " + message);
        }
        assertTrue(byMessage.size() >= 40, "only " + byMessage.size() + " files");
        try (Stream<Path> files = Files.list(DIR)) {
            assertEquals(BadModelFiles.all().size(), files.filter(f -> f.toString().endsWith(".safetensors")).count(),
                    "a file in " + DIR + " that BadModelFiles does not make");
        }
    }
}
