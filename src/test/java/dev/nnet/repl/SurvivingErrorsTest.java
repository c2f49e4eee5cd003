package dev.nnet.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes of every kind are reported in the diagnostic format, and the session goes on. */
class SurvivingErrorsTest {
    @TempDir
    Path dir;

    private String run(String typed) {
        return new ScriptedRepl(dir, null).run(typed);
    }

    @Test
    void errorsOfEveryStageAreReportedAndTheSessionGoesOn() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "x1,x2,label\n1.5,abc,a\n2,3,b\n");
        String out = run(ReplCommandsTest.IRIS + ReplCommandsTest.NET
                + "let x = (1 +\n2))\n"                                      // syntax
                + "train nett on iris.train { loss: mse; optimizer: adam; epochs: 1 }\n" // names
                + "model small { input 3; dense(2) }\ntrain small on iris.train { loss: mse; optimizer: adam; epochs: 1 }\n"
                + "dataset d = csv(\"bad.csv\")\n"                            // data, at check time
                + "dataset e = csv(\"missing.csv\")\n"
                + "train net on iris.train { loss: cross_entropy; optimizer: sgd(learning_rate: 1e30); epochs: 3 }\n" // run
                + "print \"still here\"\n:type net\n");
        assertTrue(out.contains("error[E0101]: expected the end of the statement, found `)`\n --> <input 3>:2:3\n"), out);
        assertTrue(out.contains("error[E0201]: unknown name `nett`\n --> <input 4>:1:7\n"), out);
        assertTrue(out.contains("error[E0301]"), out);
        assertTrue(out.contains("error[E0504]") && out.contains("bad.csv:2:5"), out);
        assertTrue(out.contains("error[E0501]"), out);
        assertTrue(out.contains("error[E0601]: training diverged"), out);
        assertTrue(out.contains("print \"still here\"\nstill here\n"), out);
        assertTrue(out.contains("net : Model[4 -> 8 -> 3]"), "the model stays after its training failed:\n" + out);
        assertFalse(out.contains("internal error"), out);
        assertFalse(out.contains("\tat "), "no stack trace:\n" + out);
    }

    @Test
    void aPlotBeforeTrainingIsRefusedAndAfterItWritesThePicture() throws IOException {
        String out = run(ReplCommandsTest.IRIS + ReplCommandsTest.NET + "plot net to \"curves.png\"\n"
                + "train net on iris.train { loss: cross_entropy; optimizer: adam; epochs: 2 }\n"
                + "plot net to \"curves.png\" { size: [300, 200] }\n");
        assertTrue(out.contains("error[E0642]"), out);
        assertTrue(out.contains("plot net: loss, accuracy over 2 epochs -> curves.png (300x200 PNG)"), out);
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(dir.resolve("curves.png").toFile());
        assertTrue(picture.getWidth() == 300 && picture.getHeight() == 200, picture.toString());
    }

    @Test
    void anExpressionTypedAloneHasItsMistakesShownWhereItWasTyped() {
        String out = run("let rate = 0.1\nrate * nope\n");
        assertTrue(out.contains("error[E0201]: unknown name `nope`\n --> <input 2>:1:8\n  |\n1 | rate * nope\n"
                + "  |        ^^^^ not defined\n"), out);
    }

    @Test
    void anInputNestedTooDeeplyIsRefusedAndTheSessionGoesOn() {
        String deep = "let x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000);
        String out = run(deep + "\nprint 7\n");
        assertTrue(out.contains("print 7\n7\n"), out.substring(Math.max(0, out.length() - 500)));
    }

    @Test
    void aDumbTerminalGetsNoEscapeCodes() {
        String out = run(ReplCommandsTest.IRIS + ReplCommandsTest.NET + "let x = nope\n:summary net\n:help\n:zz\n");
        assertFalse(out.contains("\u001b"), out);
        assertTrue(out.contains("error[E0201]"), out);
    }

    @Test
    void everyInputLineFollowsAPromptSoAScriptCanTellInputsFromOutput() {
        String out = run("let a = 1\nmodel m {\n  input 2\n  dense(1)\n}\nprint a\n");
        assertTrue(out.equals("nnet> let a = 1\nnnet> model m {\n  ..>   input 2\n  ..>   dense(1)\n  ..> }\n"
                + "nnet> print a\n1\nnnet> \n"), out);
    }
}
