package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine could be published alone: its sources import nothing but java.* (and the JDK's Vector API). */
class EngineIndependenceTest {

    @Test
    void engineSourcesImportOnlyJava() throws IOException {
        Path dir = Path.of("src/main/java/dev/nnet/engine");
        List<String> offending = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".java"))::iterator) {
                files++;
                for (String line : Files.readAllLines(p)) {
                    String s = line.trim();
                    if (s.startsWith("import ") && !s.matches("import (static )?(java|jdk\\.incubator\\.vector)\\..*")
                            && !s.matches("import (static )?dev\\.nnet\\.engine\\..*")) {
                        offending.add(p.getFileName() + ": " + s);
                    }
                    if (s.contains("dev.nnet.") && !s.contains("dev.nnet.engine")) offending.add(p.getFileName() + ": " + s);
                }
            }
        }
        assertTrue(files > 10, "found only " + files + " engine sources: wrong directory?");
        assertEquals(List.of(), offending);
    }
}
