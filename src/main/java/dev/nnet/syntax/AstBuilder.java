package dev.nnet.syntax;

import dev.nnet.ast.Argument;
import dev.nnet.ast.Expr;
import dev.nnet.ast.Identifier;
import dev.nnet.ast.ModelItem;
import dev.nnet.ast.Option;
import dev.nnet.ast.Program;
import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.syntax.generated.NNetBaseVisitor;
import dev.nnet.syntax.generated.NNetParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Turns a parse tree without syntax errors into the immutable AST, giving every node its span. */
final class AstBuilder extends NNetBaseVisitor<Object> {
    private final Spans spans;

    AstBuilder(Spans spans) {
        this.spans = spans;
    }

    Program program(NNetParser.ProgramContext ctx) {
        List<Statement> statements = new ArrayList<>();
        for (NNetParser.StatementContext s : ctx.statement()) statements.add((Statement) visit(s));
        return new Program(statements, spans.of(ctx));
    }

    private Identifier identifier(Token t) {
        return new Identifier(t.getText(), spans.of(t));
    }

    private Identifier identifier(NNetParser.WordContext word) {
        return identifier(word.getStart());
    }

    private Expr expr(NNetParser.ExprContext ctx) {
        return BinaryParts.of(ctx) != null ? binaryChain(ctx) : (Expr) visit(ctx);
    }

    private List<Option> options(NNetParser.OptionBlockContext ctx) {
        if (ctx == null) return List.of();
        return ctx.option().stream().map(this::option).toList();
    }

    private Option option(NNetParser.OptionContext ctx) {
        return new Option(identifier(ctx.name), expr(ctx.expr()), spans.of(ctx));
    }

    private List<Argument> arguments(NNetParser.ArgumentsContext ctx) {
        if (ctx == null) return List.of();
        List<Argument> arguments = new ArrayList<>();
        for (NNetParser.ArgumentContext a : ctx.argument()) {
            Identifier name = a.name == null ? null : identifier(a.name);
            arguments.add(new Argument(name, expr(a.expr()), spans.of(a)));
        }
        return arguments;
    }

    // Statements

    @Override
    public Statement visitLetStatement(NNetParser.LetStatementContext ctx) {
        return new Statement.Let(identifier(ctx.name), expr(ctx.expr()), spans.of(ctx));
    }

    @Override
    public Statement visitDatasetStatement(NNetParser.DatasetStatementContext ctx) {
        return new Statement.Dataset(identifier(ctx.name), expr(ctx.source), options(ctx.optionBlock()), spans.of(ctx));
    }

    @Override
    public Statement visitModelStatement(NNetParser.ModelStatementContext ctx) {
        List<ModelItem> items = new ArrayList<>();
        for (NNetParser.ModelItemContext item : ctx.modelBody().modelItem()) items.add((ModelItem) visit(item));
        return new Statement.Model(identifier(ctx.name), items, spans.of(ctx));
    }

    @Override
    public Statement visitTrainStatement(NNetParser.TrainStatementContext ctx) {
        return new Statement.Train(identifier(ctx.model), expr(ctx.data), options(ctx.optionBlock()), spans.of(ctx));
    }

    @Override
    public Statement visitEvaluateStatement(NNetParser.EvaluateStatementContext ctx) {
        return new Statement.Evaluate(identifier(ctx.model), expr(ctx.data), options(ctx.optionBlock()),
                spans.of(ctx));
    }

    @Override
    public Statement visitPredictStatement(NNetParser.PredictStatementContext ctx) {
        return new Statement.Predict(identifier(ctx.model), expr(ctx.input),
                ctx.output == null ? null : expr(ctx.output), spans.of(ctx));
    }

    @Override
    public Statement visitModelFileStatement(NNetParser.ModelFileStatementContext ctx) {
        return new Statement.ModelFile(identifier(ctx.name), expr(ctx.source), spans.of(ctx));
    }

    @Override
    public Statement visitSummaryStatement(NNetParser.SummaryStatementContext ctx) {
        return new Statement.Summary(identifier(ctx.model), spans.of(ctx));
    }

    @Override
    public Statement visitSaveStatement(NNetParser.SaveStatementContext ctx) {
        return new Statement.Save(identifier(ctx.model), expr(ctx.path), spans.of(ctx));
    }

    @Override
    public Statement visitPlotStatement(NNetParser.PlotStatementContext ctx) {
        return new Statement.Plot(identifier(ctx.model), expr(ctx.path), options(ctx.optionBlock()), spans.of(ctx));
    }

    @Override
    public Statement visitPrintStatement(NNetParser.PrintStatementContext ctx) {
        List<Expr> arguments = ctx.printArguments().expr().stream().map(this::expr).toList();
        return new Statement.Print(arguments, spans.of(ctx));
    }

    @Override
    public Statement visitDefStatement(NNetParser.DefStatementContext ctx) {
        List<Identifier> parameters = ctx.parameters() == null ? List.of()
                : ctx.parameters().IDENT().stream().map(n -> identifier(n.getSymbol())).toList();
        return new Statement.Def(identifier(ctx.name), parameters, expr(ctx.expr()), spans.of(ctx));
    }

    @Override
    public Statement visitForStatement(NNetParser.ForStatementContext ctx) {
        return new Statement.For(identifier(ctx.variable), expr(ctx.iterable), block(ctx.block()), spans.of(ctx));
    }

    @Override
    public Statement visitIfStatement(NNetParser.IfStatementContext ctx) {
        List<Statement> otherwise = List.of();
        if (ctx.elseIf != null) otherwise = List.of((Statement) visit(ctx.elseIf));
        else if (ctx.block().size() > 1) otherwise = block(ctx.block(1));
        return new Statement.If(expr(ctx.condition), block(ctx.block(0)), otherwise, spans.of(ctx));
    }

    @Override
    public Statement visitBackwardStatement(NNetParser.BackwardStatementContext ctx) {
        return new Statement.Backward(expr(ctx.expr()), spans.of(ctx));
    }

    @Override
    public Statement visitStepStatement(NNetParser.StepStatementContext ctx) {
        return new Statement.Step(expr(ctx.optimizer), identifier(ctx.model), spans.of(ctx));
    }

    private List<Statement> block(NNetParser.BlockContext ctx) {
        List<Statement> statements = new ArrayList<>();
        for (NNetParser.StatementContext s : ctx.statement()) statements.add((Statement) visit(s));
        return statements;
    }

    // Model items

    @Override
    public ModelItem visitInputItem(NNetParser.InputItemContext ctx) {
        return new ModelItem.Input(expr(ctx.expr()), spans.of(ctx));
    }

    @Override
    public ModelItem visitLayerItem(NNetParser.LayerItemContext ctx) {
        boolean called = ctx.getChildCount() > 1;
        return new ModelItem.Layer(identifier(ctx.name), arguments(ctx.arguments()), called, spans.of(ctx));
    }

    // Expressions

    @Override
    public Expr visitCallExpr(NNetParser.CallExprContext ctx) {
        return new Expr.Call(expr(ctx.expr()), arguments(ctx.arguments()), spans.of(ctx));
    }

    @Override
    public Expr visitMemberExpr(NNetParser.MemberExprContext ctx) {
        return new Expr.Member(expr(ctx.expr()), identifier(ctx.member), spans.of(ctx));
    }

    @Override
    public Expr visitUnaryExpr(NNetParser.UnaryExprContext ctx) {
        Expr.UnaryOperator op = ctx.op.getText().equals("-") ? Expr.UnaryOperator.NEGATE : Expr.UnaryOperator.PLUS;
        return new Expr.Unary(op, expr(ctx.expr()), spans.of(ctx));
    }

    @Override
    public Expr visitNotExpr(NNetParser.NotExprContext ctx) {
        return new Expr.Unary(Expr.UnaryOperator.NOT, expr(ctx.expr()), spans.of(ctx));
    }

    /**
     * A chain such as `1 + 2 + ... + n` is a left-deep tree as deep as it is long: it is built
     * bottom-up in a loop, not by recursion, so that a long chain costs neither stack nor the
     * time of a very deep recursion.
     */
    private Expr binaryChain(NNetParser.ExprContext top) {
        List<BinaryParts> spine = new ArrayList<>();
        List<NNetParser.ExprContext> nodes = new ArrayList<>();
        NNetParser.ExprContext leftmost = top;
        for (BinaryParts parts = BinaryParts.of(top); parts != null; parts = BinaryParts.of(leftmost)) {
            spine.add(parts);
            nodes.add(leftmost);
            leftmost = parts.left();
        }
        Expr result = expr(leftmost);
        for (int i = spine.size() - 1; i >= 0; i--) {
            BinaryParts parts = spine.get(i);
            result = new Expr.Binary(BinaryParts.operator(parts.op()), result, expr(parts.right()), spans.of(nodes.get(i)));
        }
        return result;
    }

    @Override
    public Expr visitLiteralExpr(NNetParser.LiteralExprContext ctx) {
        Token t = ctx.literal().getStart();
        Span span = spans.of(t);
        return switch (t.getType()) {
            case NNetParser.INT -> new Expr.IntLiteral(withoutUnderscores(t.getText()), span);
            case NNetParser.FLOAT -> new Expr.FloatLiteral(withoutUnderscores(t.getText()), span);
            case NNetParser.TRUE -> new Expr.BoolLiteral(true, span);
            case NNetParser.FALSE -> new Expr.BoolLiteral(false, span);
            default -> new Expr.StringLiteral(StringEscapes.unquote(t.getText()), span);
        };
    }

    private static String withoutUnderscores(String number) {
        return number.indexOf('_') < 0 ? number : number.replace("_", "");
    }

    @Override
    public Expr visitNameExpr(NNetParser.NameExprContext ctx) {
        return new Expr.Name(ctx.getText(), spans.of(ctx));
    }

    @Override
    public Expr visitListExpr(NNetParser.ListExprContext ctx) {
        return new Expr.ListLiteral(ctx.expr().stream().map(this::expr).toList(), spans.of(ctx));
    }

    @Override
    public Expr visitRecordExpr(NNetParser.RecordExprContext ctx) {
        return new Expr.RecordLiteral(ctx.option().stream().map(this::option).toList(), spans.of(ctx));
    }

    @Override
    public Expr visitParenExpr(NNetParser.ParenExprContext ctx) {
        return expr(ctx.expr());
    }
}
