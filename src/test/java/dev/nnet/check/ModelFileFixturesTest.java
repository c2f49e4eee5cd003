package dev.nnet.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed model files of the diagnostics corpus are what ModelFileFixtures makes. */
class ModelFileFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/diagnostics/models");

    @Test
    void theCommittedFilesAreWhatTheFixturesMake() throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        for (Map.Entry<String, byte[]> e : ModelFileFixtures.all().entrySet()) {
            Path file = DIR.resolve(e.getKey() + ".safetensors");
            if (update) {
                Files.createDirectories(DIR);
                Files.write(file, e.getValue());
            }
            assertArrayEquals(e.getValue(), Files.readAllBytes(file), file + " differs from ModelFileFixtures");
        }
    }
}
