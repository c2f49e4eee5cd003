package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {
    @TempDir
    Path dir;

    private static Map<String, Double> loss(double v) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("loss", v);
        return values;
    }

    private List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void theFirstEpochIsWrittenAtOnceTheRestWhenTheirTimeComesOrAtTheEnd() throws IOException {
        Path file = dir.resolve("run.csv");
        HistoryFile history = new HistoryFile(file, List.of("loss"), Long.MAX_VALUE);
        for (int epoch = 1; epoch <= 500; epoch++) history.add(epoch, loss(1.0 / epoch), 0.01, 0.001);
        assertEquals(List.of("epoch,loss,lr,seconds", "1,1.0,0.01,0.001"), lines(file));
        history.flush();
        List<String> all = lines(file);
        assertEquals(501, all.size());
        assertEquals("500,0.002,0.01,0.001", all.get(500));
        assertEquals(history.text(), Files.readString(file));
    }

    @Test
    void withNoWaitEveryEpochIsWrittenAndFlushHasNothingLeft() throws IOException {
        Path file = dir.resolve("run.csv");
        HistoryFile history = new HistoryFile(file, List.of("loss"), 0);
        for (int epoch = 1; epoch <= 5; epoch++) {
            history.add(epoch, loss(epoch), 0.01, 0.5);
            assertEquals(epoch + 1, lines(file).size());
        }
        Files.delete(file);
        history.flush();
        assertEquals(false, Files.exists(file), "flush wrote again with nothing pending");
    }
}
