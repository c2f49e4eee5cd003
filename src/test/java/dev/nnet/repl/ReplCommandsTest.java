package dev.nnet.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command, typed into the REPL on a dumb terminal. */
class ReplCommandsTest {
    static final String IRIS = "dataset iris = iris() { split: {train: 0.8, test: 0.2}; normalize: standard; seed: 1 }\n";
    static final String NET = "model net {\n  input 4\n  dense(8, activation: relu)\n  dense(3, activation: softmax)\n}\n";

    @TempDir
    Path dir;

    private String run(String typed) {
        return new ScriptedRepl(dir, null).run(typed);
    }

    @Test
    void helpListsEveryCommandAndExplainsOne() {
        String out = run(":help\n:help summary\n:h :t\n");
        for (Command c : Commands.TABLE) assertTrue(out.contains(c.usage() + " "), c.name() + " in\n" + out);
        assertTrue(out.contains(":summary MODEL    show a model's layers"), out);
        assertTrue(out.contains(":type EXPR    show the type") && out.contains("also: :t"), out);
    }

    @Test
    void typeOfANameIsItsDefinitionsTypeWithShapes() {
        String out = run(IRIS + NET + ":type net\n:type iris\n:t iris.test\n");
        assertTrue(out.contains("net : Model[4 -> 8 -> 3]\n"), out);
        assertTrue(out.contains("iris : Dataset[4 -> Classes(setosa, versicolor, virginica)]\n"), out);
        assertTrue(out.contains("iris.test : Dataset[4 -> Classes(setosa, versicolor, virginica)]\n"), out);
    }

    @Test
    void typeOfAnExpressionChangesNothing() {
        String out = run("let rate = 0.5\n:type rate * 2\n:type adam(learning_rate: rate)\n:type {a: 1, b: \"x\"}\n"
                + ":type relu\n:defs\n");
        assertTrue(out.contains("rate * 2 : Float\n"), out);
        assertTrue(out.contains("adam(learning_rate: rate) : Optimizer\n"), out);
        assertTrue(out.contains("{a: 1, b: \"x\"} : {a: Int, b: String}\n"), out);
        assertTrue(out.contains("relu : Activation\n"), out);
        assertTrue(out.contains(":defs\nrate: Float\nnnet> "), "only `rate` is defined:\n" + out);
    }

    @Test
    void aMistakeInTypeIsShownAtItsPlaceInTheCommand() {
        String out = run(IRIS + ":type iris.trian\n:type (1 +\n:type\n:type 1; print 2\n");
        assertTrue(out.contains("error[E0211]: dataset `iris` has no member `trian`\n --> <input 2>:1:12\n  |\n"
                + "1 | :type iris.trian\n  |            ^^^^^ no such member\n"), out);
        assertTrue(out.contains("error[E0104]"), out);
        assertTrue(out.contains("error: say what to show the type of"), out);
        assertTrue(out.contains("error: `:type` takes one expression"), out);
        assertFalse(out.contains("\n2\n"), "nothing was printed by the statement after `;`:\n" + out);
    }

    @Test
    void summaryShowsLayersShapesAndParameters() {
        String out = run(IRIS + NET + ":summary net\n");
        assertTrue(out.contains("net: Model[4 -> 8 -> 3]\n"
                + "  layer                           output shape   parameters\n"
                + "  input 4                         Tensor[B, 4]            0\n"
                + "  dense(8, activation: relu)      Tensor[B, 8]           40\n"
                + "  dense(3, activation: softmax)   Tensor[B, 3]           27\n"
                + "  total                                                  67\n"), out);
    }

    @Test
    void summaryOfAConvolutionalModelShowsEveryShape() {
        String out = run("model cnn { input [1, 8, 8]; conv2d(4, kernel: 3, padding: 1); relu; max_pool(2); flatten;"
                + " dense(3) }\n:summary cnn\n");
        assertTrue(out.contains("cnn: Model[1x8x8 -> 4x8x8 -> 4x4x4 -> 64 -> 3]\n"), out);
        assertTrue(out.matches("(?s).*  conv2d\\(4, kernel: 3, padding: 1\\) +Tensor\\[B, 4, 8, 8\\] +40\n.*"), out);
        assertTrue(out.matches("(?s).*  max_pool\\(2\\) +Tensor\\[B, 4, 4, 4\\] +0\n.*"), out);
        assertTrue(out.matches("(?s).*  flatten +Tensor\\[B, 64\\] +0\n.*"), out);
        assertTrue(out.matches("(?s).*  total +235\n.*"), out);
    }

    @Test
    void summaryOfSomethingElseSaysWhy() {
        String out = run(IRIS + NET + ":summary nett\n:summary iris\n:summary\n");
        assertTrue(out.contains("error: no model named `nett`; did you mean `net`?"), out);
        assertTrue(out.contains("error: `iris` is a dataset, not a model"), out);
        assertTrue(out.contains("error: say which model: `:summary MODEL`"), out);
    }

    @Test
    void defsAndListShowWhatWasAccepted() {
        String out = run("let a = 1\nlet b = nope\n:defs\n:list\n");
        assertTrue(out.contains(":defs\na: Int\nnnet> "), out);
        assertTrue(out.contains(":list\n<input 1> let a = 1\nnnet> "), "the input with an error is not listed:\n" + out);
        assertTrue(run(":defs\n:list\n").contains("nothing is defined yet\nnnet> :list\nno input has been accepted yet"));
    }

    @Test
    void loadRunsAScriptAndKeepsItsDefinitions() throws IOException {
        Files.writeString(dir.resolve("s.nnet"), IRIS + NET + "print \"loaded!\"\n");
        String out = run(":load s.nnet\n:type net\n");
        assertTrue(out.contains("loaded!\nloaded s.nnet: iris, net\n"), out);
        assertTrue(out.contains("net : Model[4 -> 8 -> 3]"), out);
    }

    @Test
    void aScriptWithErrorsLoadsNothing() throws IOException {
        Files.writeString(dir.resolve("bad.nnet"), "let a = 1\nlet b = nope\n");
        String out = run(":load bad.nnet\n:defs\n:load missing.nnet\n:load\n");
        assertTrue(out.contains(" --> bad.nnet:2:9"), out);
        assertTrue(out.contains("error: `bad.nnet` has 1 error; nothing was loaded"), out);
        assertTrue(out.contains("nothing is defined yet"), out);
        assertTrue(out.contains("error: cannot read `missing.nnet`: no such file"), out);
        assertTrue(out.contains("error: say which script: `:load FILE`"), out);
    }

    @Test
    void reloadStartsAgainFromTheScript() throws IOException {
        Files.writeString(dir.resolve("s.nnet"), "let a = 1\n");
        String out = run(":reload\n:load s.nnet\nlet b = 2\n:r\n:defs\n");
        assertTrue(out.contains("error: no script was loaded yet"), out);
        assertTrue(out.endsWith(":defs\na: Int\nnnet> \n"), out);
    }

    @Test
    void saveWritesAScriptThatLoadsAgain() throws IOException {
        run(IRIS + NET + "let bad = nope\n:save saved.nnet\n");
        String script = Files.readString(dir.resolve("saved.nnet"));
        assertEquals(IRIS + NET, script);
        assertTrue(run(":load saved.nnet\n:type net\n").contains("net : Model[4 -> 8 -> 3]"));
    }

    @Test
    void historyIsKeptAcrossSessions() {
        Path history = dir.resolve("history");
        new ScriptedRepl(dir, history).run("let a = 1\nmodel m {\n  input 2\n  dense(1)\n}\n");
        String out = new ScriptedRepl(dir, history).run(":history\n");
        assertTrue(out.contains("    1  let a = 1\n    2  model m {\n         input 2\n         dense(1)\n       }\n"
                + "    3  :history\n"), out);
    }

    @Test
    void resetForgetsEverything() {
        String out = run("let a = 1\n:reset\n:defs\nlet a = 2\nprint a\n");
        assertTrue(out.contains("forgot every definition\nnnet> :defs\nnothing is defined yet"), out);
        assertTrue(out.contains("print a\n2\n"), out);
    }

    @Test
    void quitEndsTheSessionAndWhatFollowsIsNotRead() {
        String out = run("print 1\n:quit\nprint 2\n");
        assertTrue(out.endsWith("nnet> :quit\n"), out);
        assertTrue(run(":q\nprint 2\n").endsWith(":q\n"));
        assertTrue(run(":exit\nprint 2\n").endsWith(":exit\n"));
    }

    @Test
    void anUnknownCommandSaysWhatWasMeant() {
        String out = run(":tpye net\n:s\n:frobnicate\n");
        assertTrue(out.contains("error: unknown command `:tpye`; did you mean `:type`? (`:help` lists the commands)"), out);
        assertTrue(out.contains("error: `:s` could be :summary or :save; type more of it"), out);
        assertTrue(out.contains("error: unknown command `:frobnicate` (`:help` lists the commands)"), out);
    }

    @Test
    void aUniquePrefixNamesItsCommand() {
        assertTrue(run("let a = 1\n:de\n").contains(":de\na: Int\n"));
        assertTrue(run("let a = 1\n:ty a\n").contains("a : Int\n"));
    }
}
