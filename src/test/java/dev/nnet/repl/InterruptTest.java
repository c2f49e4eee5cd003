package dev.nnet.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C clears the line at the prompt and stops a training; Ctrl-D (the end of the input) leaves. */
class InterruptTest {
    @TempDir
    Path dir;

    @Test
    void ctrlCAtThePromptDropsWhatWasTyped() {
        String out = new ScriptedRepl(dir, null).run("let x = 1 +\u0003\nprint 5\nprint x\n");
        // The line break typed after Ctrl-C may reach the line editor as an empty line (one more prompt) or be
        // dropped with the interrupted line, depending on when the terminal delivers it.
        assertTrue(out.startsWith("nnet> let x = 1 +") && out.matches("(?s).*\\^C\n(nnet> \n)?nnet> print 5\n.*"), out);
        assertTrue(out.contains("print 5\n5\n"), out);
        assertTrue(out.contains("error[E0201]: unknown name `x`"), "the interrupted input defined nothing:\n" + out);
    }

    @Test
    void ctrlCInTheMiddleOfAMultiLineInputDropsAllOfIt() {
        String out = new ScriptedRepl(dir, null).run("model net {\n  input 4\n\u0003\nprint 5\n:defs\n");
        assertTrue(out.contains("print 5\n5\n"), out);
        assertTrue(out.contains("nothing is defined yet"), out);
    }

    @Test
    void ctrlCDuringTrainingStopsItAfterTheStepAndTheModelStaysUsable() {
        String typed = ReplCommandsTest.IRIS + ReplCommandsTest.NET
                + "train net on iris.train { loss: cross_entropy; optimizer: adam(learning_rate: 0.05); epochs: 100000 }\n"
                + "evaluate net on iris.test\n:type net\n";
        String out = new ScriptedRepl(dir, null).interruptWhenPrinted("epoch      1/100000").run(typed);
        assertTrue(out.contains("training stopped at epoch 2, batch 1; net keeps the weights of that step\n"), out);
        assertFalse(out.contains("epoch      2/100000"), out);
        assertTrue(out.contains("evaluate net on iris.test (30 rows)\n  loss "), out);
        assertTrue(out.contains("net : Model[4 -> 8 -> 3]"), out);
    }

    @Test
    void theEndOfTheInputLeavesQuietly() {
        String out = new ScriptedRepl(dir, null).run("print 1\n");
        assertTrue(out.endsWith("print 1\n1\nnnet> \n"), out);
    }
}
