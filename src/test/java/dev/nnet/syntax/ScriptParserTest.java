package dev.nnet.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.ast.Expr;
import dev.nnet.ast.ModelItem;
import dev.nnet.ast.Program;
import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import org.junit.jupiter.api.Test;

class ScriptParserTest {
    private static Program parse(String text) {
        ParseResult result = ScriptParser.parse(new SourceText("test.nnet", text));
        assertTrue(result.ok(), () -> "syntax errors: " + result.diagnostics());
        return result.program();
    }

    private static ParseResult parseBroken(String text) {
        ParseResult result = ScriptParser.parse(new SourceText("test.nnet", text));
        assertTrue(!result.ok() && !result.diagnostics().isEmpty(), "expected syntax errors");
        return result;
    }

    @Test
    void statementsEndAtLineBreaksOrSemicolons() {
        Program p = parse("let a = 1\nlet b = 2; let c = 3\n\n\nprint a, b, c\n");
        assertEquals(4, p.statements().size());
    }

    @Test
    void aLineBreakInsideBracketsOrAfterAnOperatorContinuesTheStatement() {
        Program p = parse("let a = [1,\n 2,\n 3]\nlet b = 1 +\n 2\nlet c = (4\n * 5)\n");
        assertEquals(3, p.statements().size());
        Statement.Let b = (Statement.Let) p.statements().get(1);
        assertInstanceOf(Expr.Binary.class, b.value());
    }

    @Test
    void aRecordMaySpanLinesButABlockSeparatesItsOptionsByLines() {
        Program p = parse("dataset d = iris() {\n  split: {\n    train: 0.8,\n    test: 0.2\n  }\n  seed: 4\n}\n");
        Statement.Dataset d = (Statement.Dataset) p.statements().get(0);
        assertEquals(2, d.options().size());
        assertInstanceOf(Expr.RecordLiteral.class, d.options().get(0).value());
    }

    @Test
    void aLineEndingInAMemberNamedLikeAnOperatorEndsTheStatement() {
        Program p = parse("let s = {and: 1}\nprint s.and\nprint 2\n");
        assertEquals(3, p.statements().size());
    }

    @Test
    void keywordsMayBeOptionNamesAndMembers() {
        Program p = parse("let s = {train: 0.5, test: 0.5}\nevaluate net on d.train\n");
        Statement.Evaluate e = (Statement.Evaluate) p.statements().get(1);
        assertEquals("train", ((Expr.Member) e.data()).member().text());
    }

    @Test
    void modelItemsAreTheInputAndLayersInOrder() {
        Program p = parse("model net {\n input 4\n dense(8, activation: relu)\n softmax\n}");
        Statement.Model m = (Statement.Model) p.statements().get(0);
        assertInstanceOf(ModelItem.Input.class, m.items().get(0));
        ModelItem.Layer dense = (ModelItem.Layer) m.items().get(1);
        assertEquals("dense", dense.name().text());
        assertTrue(dense.called());
        assertEquals("activation", dense.arguments().get(1).name().text());
        ModelItem.Layer softmax = (ModelItem.Layer) m.items().get(2);
        assertTrue(!softmax.called() && softmax.arguments().isEmpty());
    }

    @Test
    void multiplicationBindsTighterThanAdditionAndUnaryMinusTighterStill() {
        Statement.Let let = (Statement.Let) parse("let x = 1 + 2 * -3").statements().get(0);
        Expr.Binary sum = (Expr.Binary) let.value();
        assertEquals(Expr.BinaryOperator.ADD, sum.operator());
        Expr.Binary product = (Expr.Binary) sum.right();
        assertInstanceOf(Expr.Unary.class, product.right());
    }

    @Test
    void everyNodeHasTheSpanOfItsText() {
        String text = "let rate = 0.25\ntrain net on iris.train { epochs: 10 }\n";
        Program p = parse(text);
        Statement.Let let = (Statement.Let) p.statements().get(0);
        assertEquals("rate", slice(text, let.name().span()));
        assertEquals("0.25", slice(text, let.value().span()));
        Statement.Train t = (Statement.Train) p.statements().get(1);
        assertEquals("iris.train", slice(text, t.data().span()));
        assertEquals(2, t.data().span().line());
        assertEquals(14, t.data().span().column());
        assertEquals("epochs: 10", slice(text, t.options().get(0).span()));
    }

    @Test
    void spansCountUtf16UnitsEvenAfterAnEmoji() {
        String text = "# 🌸 flowers\nlet name = \"🌸\"\nlet n = 3\n";
        Program p = parse(text);
        Statement.Let n = (Statement.Let) p.statements().get(1);
        assertEquals("n", slice(text, n.name().span()));
        assertEquals("\"🌸\"", slice(text, ((Statement.Let) p.statements().get(0)).value().span()));
    }

    @Test
    void stringEscapesAreDecoded() {
        Statement.Let let = (Statement.Let) parse("let s = \"a\\\"b\\\\c\\nd\"").statements().get(0);
        assertEquals("a\"b\\c\nd", ((Expr.StringLiteral) let.value()).value());
    }

    @Test
    void numbersMayUseUnderscores() {
        Statement.Let let = (Statement.Let) parse("let n = 60_000").statements().get(0);
        assertEquals("60000", ((Expr.IntLiteral) let.value()).text());
    }

    @Test
    void severalSyntaxErrorsAreReportedInOneRun() {
        ParseResult r = parseBroken("let a = \nlet b = 2 @\nlet c = )\n");
        assertTrue(r.diagnostics().size() >= 2, r.diagnostics().toString());
    }

    @Test
    void aMissingCommaIsReportedWhereTheCommaBelongs() {
        ParseResult r = parseBroken("model net {\n input 4\n dense(8 activation: relu)\n}");
        assertEquals(DiagnosticCode.E0101, r.diagnostics().get(0).code());
        assertEquals(3, r.diagnostics().get(0).span().line());
        assertEquals(10, r.diagnostics().get(0).span().column());
        assertTrue(r.diagnostics().get(0).message().contains("`,`"));
    }

    @Test
    void anUnclosedBraceIsReportedAtTheBrace() {
        ParseResult r = parseBroken("model net {\n input 4\n");
        assertEquals(DiagnosticCode.E0104, r.diagnostics().get(0).code());
        assertEquals(new Span(10, 11, 1, 11), r.diagnostics().get(0).span());
    }

    @Test
    void messagesNeverShowAntlrTokenSets() {
        for (String broken : new String[] {"let = 3", "model { }", "train net on", "let x = [1, 2",
                "dataset d = csv(\"x\") { target \"y\" }", "predict net on on", "print ,"}) {
            ScriptParser.parse(new SourceText("t.nnet", broken)).diagnostics().forEach(d -> {
                assertTrue(!d.message().matches(".*\\{['A-Z].*") && !d.message().contains("mismatched")
                        && !d.message().contains("expecting") && !d.message().contains("IDENT")
                        && !d.message().contains("<EOF>"), d.message());
            });
        }
    }

    private static String slice(String text, Span span) {
        return text.substring(span.start(), span.end());
    }
}
