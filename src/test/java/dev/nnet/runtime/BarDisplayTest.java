package dev.nnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bar on a fake clock and a modelled screen: how often it draws, what stays, what it leaves. */
class BarDisplayTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now;
    private int width = 60;
    private final BarDisplay bar = new BarDisplay(out, () -> width, () -> now);

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private int draws() {
        return (int) written().chars().filter(c -> c == '\r').count();
    }

    @Test
    void aFastRunDrawsAtMostTenTimesASecondAndKeepsTheEpochLinesAboveTheBar() {
        bar.start("train net on data: 1000 rows", 3, 1000);
        int before = draws();
        // 1000 steps in a tenth of a second: one draw at the start, at most one more.
        for (int b = 1; b <= 1000; b++) {
            now += 100_000;
            bar.step(1, b, 0.5 * b, b);
        }
        int drawn = draws() - before;
        assertTrue(drawn >= 1 && drawn <= 2, drawn + " draws");
        ScreenModel screen = new ScreenModel(width).write(written());
        String last = screen.lines().get(screen.lines().size() - 1);
        assertTrue(last.startsWith("epoch 1/3 [") && last.contains("loss 0.5000"), last);
        assertTrue(last.length() <= width - 3, last);

        bar.epoch("epoch 1/3  loss 0.5000  100.0 ms");
        for (int b = 1; b <= 1000; b++) {
            now += 2_000_000; // 2 s for the epoch: about 20 draws
            bar.step(2, b, 0.25 * b, b);
        }
        assertTrue(draws() - before < 30, (draws() - before) + " draws in 2.1 s");
        bar.epoch("epoch 2/3  loss 0.2500  2000.0 ms");
        bar.step(3, 1, 0.1, 1);
        bar.finish("trained net: 3 epochs in 2.10 s");
        screen = new ScreenModel(width).write(written());
        assertEquals(List.of("train net on data: 1000 rows", "epoch 1/3  loss 0.5000  100.0 ms",
                "epoch 2/3  loss 0.2500  2000.0 ms", "trained net: 3 epochs in 2.10 s", ""), screen.lines());
        assertEquals(0, screen.wraps);
    }

    @Test
    void anErrorOrAStopTakesTheBarDown() {
        bar.start("train", 5, 10);
        bar.step(1, 1, 2.0, 4);
        assertTrue(new ScreenModel(width).write(written()).text().contains("loss 0.5000"), written());
        bar.close(); // what Trainer does when the training fails
        assertEquals("train\n", new ScreenModel(width).write(written()).text());
        bar.close();
        bar.step(1, 2, 2.0, 4);
        bar.finish("not shown after close");
        assertEquals("train\n", new ScreenModel(width).write(written()).text());

        BarDisplay other = new BarDisplay(out, () -> width, () -> now);
        bytes.reset();
        other.start("train", 5, 10);
        other.step(2, 3, 1.0, 4);
        other.stopped("training stopped at epoch 2, batch 3");
        assertEquals("train\ntraining stopped at epoch 2, batch 3\n", new ScreenModel(width).write(written()).text());
    }

    @Test
    void aNarrowerTerminalGetsAShorterBarAtTheNextDrawAndNothingWraps() {
        width = 100;
        bar.start("train", 2, 100);
        bar.step(1, 1, 0.3, 1);
        ScreenModel screen = new ScreenModel(100).write(written());
        int before = written().length();
        width = 62;
        screen.resize(62);
        now += 500_000_000L;
        bar.step(1, 50, 0.3, 1); // within a tenth of a second of the last draw: not drawn
        now += 600_000_000L;
        bar.step(1, 60, 0.3, 1);
        String[] draws = written().split("\r");
        String last = draws[draws.length - 1].stripTrailing();
        assertTrue(last.length() <= 59 && last.contains("loss 0.3000"), last);
        assertTrue(last.startsWith("epoch 1/2 [=") && !last.contains("steps/s"), last);
        bar.finish("done");
        screen.write(written().substring(before));
        assertEquals("train\ndone\n", screen.text());
        assertEquals(0, screen.wraps);
    }

    @Test
    void anUnknownWidthIsTakenAsEightyColumns() {
        width = 0;
        bar.start("train", 1, 1);
        bar.step(1, 1, 0.5, 4);
        String drawn = written().substring(written().lastIndexOf('\r') + 1);
        assertTrue(drawn.length() <= 77 && drawn.contains("steps/s"), drawn);
    }
}
