package dev.nnet.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.ast.Program;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The formatter's API and the rules the golden scripts do not show line by line. */
class FormatterTest {
    private static String format(String text) {
        Formatted formatted = Formatter.format(new SourceText("test.nnet", text));
        assertTrue(formatted.ok(), () -> "did not format: " + formatted.diagnostics());
        return formatted.text();
    }

    @Test
    void aScriptWithSyntaxErrorsGivesItsDiagnosticsAndNoText() {
        Formatted formatted = Formatter.format(new SourceText("bad.nnet", "let x = \nmodel {"));
        assertFalse(formatted.ok());
        assertNull(formatted.text());
        assertFalse(formatted.diagnostics().isEmpty());
        assertEquals(DiagnosticCode.E0101, formatted.diagnostics().get(0).code());
    }

    @Test
    void anEmptyScriptStaysEmpty() {
        assertEquals("", format(""));
        assertEquals("", format("\n\n  \t\n"));
        assertEquals("", format(";;\n;"));
    }

    @Test
    void everyLineEndsWithOneLineFeedAndNoSpaces() {
        assertEquals("let a = 1\nlet b = 2\n", format("let a = 1   \r\nlet b = 2"));
        assertEquals("let a = 1\nlet b = 2\n", format("let a = 1\rlet b = 2\r\r"));
        assertEquals("let a = 1  # c\n", format("let a = 1\t# c \t"));
    }

    @Test
    void indentationIsFourSpaces() {
        assertEquals("for i in 1..3 {\n    print i\n}\n", format("for i in 1..3 {\n\tprint i\n}"));
        assertEquals("for i in 1..3 {\n    for j in 1..3 {\n        print j\n    }\n}\n",
                format("for i in 1..3 {\n for j in 1..3 {\n  print j\n }\n}"));
    }

    @Test
    void oneStatementPerLine() {
        assertEquals("let a = 1\nlet b = 2\nprint a, b\n", format("let a = 1; let b = 2; print a, b"));
    }

    @Test
    void blankLinesBetweenStatementsAreKeptButAtMostOne() {
        assertEquals("let a = 1\n\nlet b = 2\nlet c = 3\n", format("\n\nlet a = 1\n\n\n\nlet b = 2\nlet c = 3\n\n\n"));
    }

    @Test
    void numbersAreKeptAsWritten() {
        assertEquals("let a = [60_000, 007, 1.50, 1E3, 2.5e-4]\n", format("let a=[60_000,007,1.50,1E3,2.5e-4]"));
    }

    @Test
    void stringsAreEscapedOneWay() {
        assertEquals("\"\"", Printer.quote(""));
        assertEquals("\"a\\\"b\\\\c\\nd\\te\"", Printer.quote("a\"b\\c\nd\te"));
        assertEquals("\"é \uD83D\uDE00\"", Printer.quote("é \uD83D\uDE00"));
        assertEquals("let s = \"a\\tb\"\n", format("let s = \"a\tb\""));
    }

    @Test
    void aBlockWrittenOnOneLineStaysThereOnlyIfItFitsInOneHundredColumns() {
        String fits = "model m { input 4; dense(8, activation: relu); dense(3, activation: softmax) }\n";
        assertEquals(fits, format(fits));
        String padded = "model m { input 4000; dense(80, activation: relu); dense(3, activation: softmax); relu; relu; relu }";
        assertEquals(100, padded.length());
        assertEquals(padded + "\n", format(padded));
        String tooLong = padded.replace("relu }", "relu; relu }");
        assertEquals("""
                model m {
                    input 4000
                    dense(80, activation: relu)
                    dense(3, activation: softmax)
                    relu
                    relu
                    relu
                    relu
                }
                """, format(tooLong));
    }

    @Test
    void optionValuesAreAlignedWhenTheBlockIsBroken() {
        assertEquals("train n on d {\n    loss:       mse\n    batch_size: 4\n}\n",
                format("train n on d {\nloss: mse\nbatch_size:4\n}"));
        assertEquals("train n on d { loss: mse; batch_size: 4 }\n", format("train n on d {loss:mse;batch_size:4}"));
    }

    @Test
    void trailingCommentsOfConsecutiveLinesAreAligned() {
        assertEquals("let a = 1          # one\nlet long_name = 2  # two\n\nlet c = 3  # three\n",
                format("let a = 1 # one\nlet long_name = 2 # two\n\nlet c = 3 # three"));
    }

    /** Parses on a thread with a large stack (the parser needs one), then lays out on one with a small stack. */
    private static String layoutOnASmallStack(String text) throws InterruptedException {
        AtomicReference<Program> program = new AtomicReference<>();
        Thread parser = new Thread(null, () -> program.set(FormatProperties.parse("long.nnet", text)), "parse", 1L << 28);
        parser.start();
        parser.join();
        AtomicReference<String> formatted = new AtomicReference<>();
        Thread layout = new Thread(null, () -> formatted.set(Formatter.layout(program.get(), text)), "layout", 1L << 18);
        layout.start();
        layout.join();
        assertTrue(formatted.get() != null, "the layout failed");
        return formatted.get();
    }

    @Test
    void longChainsAreLaidOutWithoutADeepStack() throws InterruptedException {
        StringBuilder sum = new StringBuilder("let x = a0");
        for (int i = 1; i < 10_000; i++) sum.append(" + a").append(i);
        String formatted = layoutOnASmallStack(sum.toString());
        assertTrue(formatted.startsWith("let x = a0 +\n    a1 +\n"), formatted.substring(0, 40));
        assertEquals(10_000, formatted.lines().count());

        String members = "let y = a" + ".b".repeat(10_000) + "\n";
        assertTrue(members.equals(layoutOnASmallStack(members)), "a member chain (which cannot break) changed");
        String calls = layoutOnASmallStack("let z = f" + "(1)".repeat(10_000));
        assertEquals(10_000, calls.chars().filter(c -> c == '1').count(), "calls were lost");
        assertTrue(calls.startsWith("let z = f(1)(1)"), "the call chain starts differently");
    }

    @Test
    void treesAreComparedWithoutTheirSpans() {
        Program a = FormatProperties.parse("a", "let x = f(1, y: [2])");
        Program b = FormatProperties.parse("b", "\n\nlet   x =\n  f( 1 ,y:[ 2, ] )");
        Program c = FormatProperties.parse("c", "let x = f(1, y: [3])");
        assertTrue(SyntaxTrees.equalIgnoringSpans(a, b));
        assertFalse(SyntaxTrees.equalIgnoringSpans(a, c));
        assertEquals(SyntaxTrees.describe(a), SyntaxTrees.describe(b));
        assertEquals("Program([Let(Identifier(\"x\"), Call(Name(\"f\"), [Argument(null, IntLiteral(\"1\")), "
                + "Argument(Identifier(\"y\"), ListLiteral([IntLiteral(\"2\")]))]))])", SyntaxTrees.describe(a));
    }
}
