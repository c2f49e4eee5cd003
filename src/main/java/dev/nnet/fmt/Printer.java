package dev.nnet.fmt;

import dev.nnet.ast.Argument;
import dev.nnet.ast.Expr;
import dev.nnet.ast.Identifier;
import dev.nnet.ast.ModelItem;
import dev.nnet.ast.Option;
import dev.nnet.ast.Program;
import dev.nnet.ast.Statement;
import dev.nnet.syntax.Lexemes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks a program's syntax tree and its tokens side by side and builds its {@link Doc}. The tree
 * says what to print; the tokens say what the tree forgets: parentheses, how numbers were
 * written, which form of `print` and `else` was used, where the comments and blank lines are, and
 * which brackets and blocks were written over several lines.
 *
 * <p>Every code token of the source is consumed in order, so the output has the same tokens as
 * the input apart from `;` (line breaks take their place) and trailing commas (written exactly
 * when a list is broken over lines). Comments are placed by the gap between tokens they stand in:
 * a comment on the same line as the token before it stays at the end of that line, any other
 * comment gets a line of its own; a comment before an infix token (a comma, a colon, `=`, `.`, a
 * binary operator) moves after that token, where a line may break.
 */
final class Printer {
    private enum Level {
        /** Between statements, model items or options: blank lines are kept. */
        STATEMENT,
        /** Inside an expression: a comment on its own line is indented as a continuation. */
        EXPRESSION,
        /** Before a closing bracket: a comment on its own line is indented like the items. */
        DANGLING
    }

    private enum Frame { ROOT, GROUP, NEST }

    private static final class Container {
        final Frame kind;
        boolean forced;
        final List<Doc> parts = new ArrayList<>();
        boolean hard;

        Container(Frame kind, boolean forced) {
            this.kind = kind;
            this.forced = forced;
        }
    }

    private final Tokens tokens;
    private int position;                                     // the next token not yet consumed
    private final List<Integer> deferred = new ArrayList<>(); // comments consumed, to print after an infix token
    private boolean trailingAllowed;  // nothing but code since the last token: a comment may end its line
    private boolean eagerPending;     // a token was printed and its trailing comment not yet looked for
    private boolean atBlockStart;     // no statement, item, option or own-line comment yet in this block
    private String lastCode = "";     // the last code token printed
    private final Deque<Container> containers = new ArrayDeque<>();

    private Printer(String text) {
        this.tokens = new Tokens(text);
        containers.push(new Container(Frame.ROOT, false));
    }

    static Doc print(Program program, String text) {
        Printer p = new Printer(text);
        p.program(program);
        if (p.containers.size() != 1) throw new IllegalStateException("unbalanced layout groups");
        return new Doc.Concat(p.containers.pop().parts);
    }

    // The document being built

    private void emit(Doc doc) {
        Container top = containers.peek();
        top.parts.add(doc);
        if (doc instanceof Doc.TrailingComment || doc instanceof Doc.OwnLineComment || doc instanceof Doc.BlankLine
                || doc instanceof Doc.Line line && line.kind() == Doc.Line.Kind.HARD) {
            top.hard = true;
        }
    }

    private void text(String s) {
        lookForTrailingComment();
        emit(new Doc.Text(s));
    }

    private void space() {
        text(" ");
    }

    private void line() {
        lookForTrailingComment();
        emit(new Doc.Line(Doc.Line.Kind.SPACE));
    }

    private void softLine() {
        lookForTrailingComment();
        emit(new Doc.Line(Doc.Line.Kind.SOFT));
    }

    private void hardLine() {
        lookForTrailingComment();
        emit(new Doc.Line(Doc.Line.Kind.HARD));
    }

    private void ifBreak(String broken, String flat) {
        lookForTrailingComment();
        emit(new Doc.IfBreak(broken, flat));
    }

    /** Opens a group; comments still waiting are printed before it, so that they do not break it. */
    private void openGroup(boolean forced) {
        lookForTrailingComment();
        flush(Level.EXPRESSION);
        containers.push(new Container(Frame.GROUP, forced));
    }

    private void closeGroup() {
        Container c = pop(Frame.GROUP);
        boolean breaks = c.forced || c.hard;
        containers.peek().parts.add(new Doc.Group(new Doc.Concat(c.parts), breaks));
        if (breaks) containers.peek().hard = true;
    }

    private void indent() {
        containers.push(new Container(Frame.NEST, false));
    }

    private void dedent() {
        Container c = pop(Frame.NEST);
        containers.peek().parts.add(new Doc.Nest(new Doc.Concat(c.parts)));
        if (c.hard) containers.peek().hard = true;
    }

    private Container pop(Frame kind) {
        Container c = containers.pop();
        if (c.kind != kind) throw new IllegalStateException("unbalanced layout groups");
        return c;
    }

    // Tokens and comments

    private int nextCode() {
        return tokens.nextCode(position);
    }

    private boolean nextIs(String text) {
        return tokens.text(nextCode()).equals(text) && nextCode() < tokens.size();
    }

    /** Consumes the next code token, which must read {@code expected} (any text when null). */
    private Lexemes.Lexeme consume(String expected) {
        int i = nextCode();
        if (i >= tokens.size() || expected != null && !tokens.text(i).equals(expected)) {
            throw new IllegalStateException("the formatter lost its place: expected `" + expected + "` but found `"
                    + (i >= tokens.size() ? "end of file" : tokens.text(i)) + "`"
                    + (i < tokens.size() ? " at offset " + tokens.get(i).start() : ""));
        }
        position = i + 1;
        return tokens.get(i);
    }

    private void token(String expected) {
        print(expected, expected, false);
    }

    /** An infix token: comments written just before it are printed just after it. */
    private void infix(String expected) {
        print(expected, expected, true);
    }

    private void print(String expected, String shown, boolean infix) {
        lookForTrailingComment();
        if (infix) {
            deferComments();
        } else {
            flush(Level.EXPRESSION);
        }
        Lexemes.Lexeme t = consume(expected);
        lastCode = t.text();
        emit(new Doc.Text(shown == null ? t.text() : shown));
        trailingAllowed = true;
        eagerPending = true;
        if (!deferred.isEmpty()) {
            // A comment that ended the line before the infix token ends its line now; comments on
            // lines of their own wait for the next token, after the line break that may follow.
            if (tokens.lineBreaksBefore(deferred.get(0)) == 0) {
                emit(new Doc.TrailingComment(comment(deferred.remove(0))));
            }
            trailingAllowed = false;
        }
    }

    /** Consumes a token the layout decides on by itself (a trailing comma), keeping its comments. */
    private void skip(String expected) {
        lookForTrailingComment();
        deferComments();
        consume(expected);
    }

    private void deferComments() {
        while (position < tokens.size() && !tokens.isCode(position)) {
            if (tokens.isComment(position)) deferred.add(position);
            position++;
        }
    }

    /**
     * After a token is printed: a comment on the same line as it stays at the end of that line,
     * unless what follows is an infix token or a closing bracket, which has its own place for it.
     */
    private boolean lookForTrailingComment() {
        if (!eagerPending) return false;
        eagerPending = false;
        if (!trailingAllowed) return false;
        int i = position;
        while (tokens.isSemicolon(i)) i++;
        if (!tokens.isComment(i) || tokens.lineBreaksBefore(i) > 0) return false;
        int next = tokens.nextCode(i);
        if (next >= tokens.size() || tokens.isClosing(next) || tokens.isInfix(next)) return false;
        position = i + 1;
        emit(new Doc.TrailingComment(comment(i)));
        trailingAllowed = false;
        return true;
    }

    /** Prints the comments before the next code token. */
    private void flush(Level level) {
        List<Integer> batch = new ArrayList<>(deferred);
        deferred.clear();
        while (position < tokens.size() && !tokens.isCode(position)) {
            if (tokens.isComment(position)) batch.add(position);
            position++;
        }
        emitComments(batch, level);
    }

    private void emitComments(List<Integer> comments, Level level) {
        for (int c : comments) {
            if (trailingAllowed && tokens.lineBreaksBefore(c) == 0) {
                emit(new Doc.TrailingComment(comment(c)));
            } else {
                if (level == Level.STATEMENT && tokens.lineBreaksBefore(c) >= 2 && !atBlockStart) {
                    emit(new Doc.BlankLine());
                }
                emit(new Doc.OwnLineComment(comment(c), level == Level.EXPRESSION));
                if (level == Level.STATEMENT) atBlockStart = false;
            }
            trailingAllowed = false;
        }
    }

    private String comment(int i) {
        return tokens.get(i).text().stripTrailing();
    }

    /** Before a statement, model item or option: its comments, and the blank line before it if it had one. */
    private void statementStart() {
        lookForTrailingComment();
        flush(Level.STATEMENT);
        if (tokens.lineBreaksBefore(nextCode()) >= 2 && !atBlockStart) emit(new Doc.BlankLine());
        atBlockStart = false;
    }

    /**
     * After a statement, model item or option that ends in a member named `and`, `or` or `not`
     * (`x.and`): a line break after that word would not end it (the language continues a line
     * that ends in one of those words), so a `;` is written before the line break.
     */
    private void statementEnd(boolean broken) {
        if (!lastCode.equals("and") && !lastCode.equals("or") && !lastCode.equals("not")) return;
        emit(broken ? new Doc.IfBreak(";", "") : new Doc.Text(";"));
    }

    /** The comments before a closing bracket, printed inside it. */
    private void dangling(Level level) {
        lookForTrailingComment();
        flush(level);
    }

    // Statements

    private void program(Program program) {
        atBlockStart = true;
        List<Statement> statements = program.statements();
        for (int i = 0; i < statements.size(); i++) {
            if (i > 0) hardLine();
            statementStart();
            statement(statements.get(i));
            statementEnd(false);
        }
        dangling(Level.STATEMENT);
        if (position < tokens.size()) throw new IllegalStateException("the formatter did not reach the end of the script");
    }

    private void statement(Statement s) {
        if (s instanceof Statement.Let let) {
            token("let");
            space();
            name(let.name());
            space();
            infix("=");
            space();
            expr(let.value());
        } else if (s instanceof Statement.Def def) {
            token("def");
            space();
            name(def.name());
            bracketed("(", ")", def.parameters(), this::name, true);
            space();
            infix("=");
            space();
            expr(def.body());
        } else if (s instanceof Statement.Dataset dataset) {
            token("dataset");
            space();
            name(dataset.name());
            space();
            infix("=");
            space();
            expr(dataset.source());
            if (blockFollowsWithin(s)) {
                space();
                optionBlock(dataset.options());
            }
        } else if (s instanceof Statement.Model model) {
            token("model");
            space();
            name(model.name());
            space();
            block(model.items(), this::modelItem, null);
        } else if (s instanceof Statement.ModelFile file) {
            token("model");
            space();
            name(file.name());
            space();
            infix("=");
            space();
            expr(file.source());
        } else if (s instanceof Statement.Summary summary) {
            token("summary");
            space();
            name(summary.model());
        } else if (s instanceof Statement.Plot plot) {
            token("plot");
            space();
            name(plot.model());
            space();
            token("to");
            space();
            expr(plot.path());
            if (blockFollowsWithin(s)) {
                space();
                optionBlock(plot.options());
            }
        } else if (s instanceof Statement.Save save) {
            token("save");
            space();
            name(save.model());
            space();
            token("to");
            space();
            expr(save.path());
        } else if (s instanceof Statement.Train train) {
            token("train");
            space();
            name(train.model());
            space();
            token("on");
            space();
            expr(train.data());
            space();
            optionBlock(train.options());
        } else if (s instanceof Statement.Evaluate evaluate) {
            token("evaluate");
            space();
            name(evaluate.model());
            space();
            token("on");
            space();
            expr(evaluate.data());
            if (blockFollowsWithin(s)) {
                space();
                optionBlock(evaluate.options());
            }
        } else if (s instanceof Statement.Predict predict) {
            token("predict");
            space();
            name(predict.model());
            space();
            token("on");
            space();
            expr(predict.input());
            if (predict.output() != null) {
                space();
                token("to");
                space();
                expr(predict.output());
            }
        } else if (s instanceof Statement.Print print) {
            printStatement(print);
        } else if (s instanceof Statement.For loop) {
            token("for");
            space();
            name(loop.variable());
            space();
            token("in");
            space();
            expr(loop.iterable());
            space();
            block(loop.body(), this::statement, null);
        } else if (s instanceof Statement.If conditional) {
            openGroup(false);
            ifStatement(conditional, containers.peek());
            closeGroup();
        } else if (s instanceof Statement.Backward backward) {
            token("backward");
            space();
            expr(backward.loss());
        } else if (s instanceof Statement.Step step) {
            token("step");
            space();
            expr(step.optimizer());
            space();
            token("on");
            space();
            name(step.model());
        } else {
            throw new IllegalStateException("the formatter does not know the statement " + s.getClass().getSimpleName());
        }
    }

    private boolean blockFollowsWithin(Statement s) {
        int i = nextCode();
        return i < tokens.size() && tokens.text(i).equals("{") && tokens.get(i).start() < s.span().end();
    }

    /** `print(a, b)` and `print a, b` both stay as written. */
    private void printStatement(Statement.Print print) {
        token("print");
        int open = nextCode();
        int close = open < tokens.size() && tokens.text(open).equals("(") ? tokens.match(open) : -1;
        if (close >= 0 && tokens.get(close).end() == print.span().end()) {
            bracketed("(", ")", print.arguments(), this::expr, false); // the grammar allows no trailing comma here
            return;
        }
        space();
        List<Expr> arguments = print.arguments();
        openGroup(false);
        expr(arguments.get(0));
        indent();
        for (int i = 1; i < arguments.size(); i++) {
            infix(",");
            line();
            expr(arguments.get(i));
        }
        dedent();
        closeGroup();
    }

    /**
     * An `if` and its `else` branches share one group ({@code chain}): they are all on one line or
     * all broken, never `{ a } else {` with only the second broken.
     */
    private void ifStatement(Statement.If s, Container chain) {
        token("if");
        space();
        expr(s.condition());
        space();
        block(s.then(), this::statement, chain);
        if (!nextIs("else")) return;
        boolean commented = lookForTrailingComment();
        for (int i = position; i < nextCode(); i++) commented |= tokens.isComment(i);
        if (commented) {
            // Comments between `}` and `else`: they keep their lines, and `else` starts its own.
            hardLine();
            atBlockStart = true;
            flush(Level.STATEMENT);
            atBlockStart = false;
        } else {
            space();
        }
        token("else");
        space();
        if (nextIs("if")) {
            if (s.otherwise().size() != 1 || !(s.otherwise().get(0) instanceof Statement.If elseIf)) {
                throw new IllegalStateException("`else if` without a single if in the tree");
            }
            ifStatement(elseIf, chain);
        } else {
            block(s.otherwise(), this::statement, chain);
        }
    }

    private void optionBlock(List<Option> options) {
        int width = 0;
        for (Option o : options) width = Math.max(width, o.name().text().length());
        int longest = width;
        block(options, o -> option(o, longest), null);
    }

    /**
     * A `{ }` block of statements, model items or options: on one line (`{ a; b }`) if it was
     * written on one line and fits, otherwise one per line. A block is its own group, unless it
     * is part of {@code shared} (the group of an if and its else branches); an empty block always
     * is, so that it stays `{}`.
     */
    private <T> void block(List<T> items, Consumer<T> item, Container shared) {
        int open = nextCode();
        int close = tokens.match(open);
        boolean oneLine = close < 0 || !tokens.lineBreakWithin(open, close);
        boolean own = shared == null || items.isEmpty();
        if (own) {
            openGroup(!oneLine && !items.isEmpty());
        } else if (!oneLine) {
            shared.forced = true;
        }
        token("{");
        atBlockStart = true;
        indent();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) ifBreak("", ";");
            line();
            statementStart();
            item.accept(items.get(i));
            statementEnd(true);
        }
        dangling(Level.STATEMENT);
        dedent();
        if (items.isEmpty()) softLine(); else line();
        token("}");
        if (own) closeGroup();
    }

    private void option(Option o, int alignTo) {
        name(o.name());
        infix(":");
        ifBreak(" ".repeat(alignTo - o.name().text().length() + 1), " ");
        expr(o.value());
    }

    private void field(Option o) {
        name(o.name());
        infix(":");
        space();
        expr(o.value());
    }

    private void modelItem(ModelItem item) {
        if (item instanceof ModelItem.Input input) {
            token("input");
            space();
            expr(input.size());
        } else if (item instanceof ModelItem.Layer layer) {
            name(layer.name());
            if (layer.called()) bracketed("(", ")", layer.arguments(), this::argument, true);
        } else {
            throw new IllegalStateException("the formatter does not know the model item " + item);
        }
    }

    private void argument(Argument a) {
        if (a.isNamed()) {
            name(a.name());
            infix(":");
            space();
        }
        expr(a.value());
    }

    private void name(Identifier id) {
        token(id.text());
    }

    /**
     * Items between brackets, separated by commas: on one line if they fit and the opening bracket
     * was not followed by a line break, otherwise one per line with a trailing comma (where the
     * grammar allows one).
     */
    private <T> void bracketed(String open, String close, List<T> items, Consumer<T> item, boolean trailingComma) {
        int o = nextCode();
        boolean broken = !items.isEmpty() && o < tokens.size() && tokens.lineBreakAfter(o);
        openGroup(broken);
        token(open);
        indent();
        if (!items.isEmpty()) softLine();
        for (int i = 0; i < items.size(); i++) {
            item.accept(items.get(i));
            if (i < items.size() - 1) {
                infix(",");
                line();
            }
        }
        if (!items.isEmpty()) {
            if (nextIs(",")) skip(",");
            if (trailingComma) ifBreak(",", "");
        }
        dangling(Level.DANGLING);
        dedent();
        softLine();
        token(close);
        closeGroup();
    }

    // Expressions

    private void expr(Expr e) {
        int parentheses = 0;
        while (nextCode() < tokens.size() && tokens.get(nextCode()).start() < e.span().start()) {
            token("(");
            parentheses++;
        }
        exprWithoutParentheses(e);
        for (int i = 0; i < parentheses; i++) {
            dangling(Level.EXPRESSION);
            token(")");
        }
    }

    private void exprWithoutParentheses(Expr e) {
        if (e instanceof Expr.IntLiteral || e instanceof Expr.FloatLiteral) {
            print(null, null, false); // as written: `60_000` stays `60_000`
        } else if (e instanceof Expr.StringLiteral s) {
            print(null, quote(s.value()), false);
        } else if (e instanceof Expr.BoolLiteral b) {
            token(b.value() ? "true" : "false");
        } else if (e instanceof Expr.Name n) {
            token(n.name());
        } else if (e instanceof Expr.ListLiteral list) {
            bracketed("[", "]", list.items(), this::expr, true);
        } else if (e instanceof Expr.RecordLiteral record) {
            bracketed("{", "}", record.fields(), this::field, true);
        } else if (e instanceof Expr.Call || e instanceof Expr.Member) {
            postfixChain(e);
        } else if (e instanceof Expr.Unary unary) {
            token(unary.operator().symbol);
            String next = tokens.text(nextCode());
            if (unary.operator() == Expr.UnaryOperator.NOT || next.equals("-") || next.equals("+")) space();
            expr(unary.operand());
        } else if (e instanceof Expr.Binary binary) {
            chain(binary);
        } else {
            throw new IllegalStateException("the formatter does not know the expression " + e.getClass().getSimpleName());
        }
    }

    /**
     * Calls and members, `net(x).y.z`, taken as one chain without recursion (a chain of a hundred
     * thousand calls needs no deep stack): the innermost operand, then each `(...)` or `.name`.
     */
    private void postfixChain(Expr e) {
        List<Expr> suffixes = new ArrayList<>();
        Expr base = e;
        while (true) {
            Expr inner = base instanceof Expr.Call call ? call.callee()
                    : base instanceof Expr.Member member ? member.target() : null;
            if (inner == null) break;
            suffixes.add(base);
            boolean parenthesized = inner.span().start() != base.span().start(); // expr() prints them
            base = inner;
            if (parenthesized) break;
        }
        expr(base);
        for (int i = suffixes.size() - 1; i >= 0; i--) {
            if (suffixes.get(i) instanceof Expr.Call call) {
                bracketed("(", ")", call.arguments(), this::argument, true);
            } else {
                infix(".");
                name(((Expr.Member) suffixes.get(i)).member());
            }
        }
    }

    private static int precedence(Expr.BinaryOperator op) {
        return switch (op) {
            case MULTIPLY, DIVIDE, REMAINDER, MATMUL -> 6;
            case ADD, SUBTRACT -> 5;
            case RANGE -> 4;
            case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL -> 3;
            case AND -> 2;
            case OR -> 1;
        };
    }

    /**
     * A run of operators of one precedence, `a + b - c`, taken as one chain (without recursion, so
     * that a long sum needs no deep stack): on one line if it fits, otherwise broken after each
     * operator. A range is written tight (`1..n`) between simple operands.
     */
    private void chain(Expr.Binary top) {
        int level = precedence(top.operator());
        List<Expr> operands = new ArrayList<>();
        List<Expr.BinaryOperator> operators = new ArrayList<>();
        Expr.Binary current = top;
        while (true) {
            operands.add(current.right());
            operators.add(current.operator());
            if (current.left() instanceof Expr.Binary left && precedence(left.operator()) == level
                    && left.span().start() == current.span().start()) {
                current = left;
            } else {
                break;
            }
        }
        Expr first = current.left();
        boolean firstParenthesized = first.span().start() != current.span().start();
        Collections.reverse(operands);
        Collections.reverse(operators);
        if (level == precedence(Expr.BinaryOperator.RANGE)) {
            boolean tight = simple(first, firstParenthesized);
            for (Expr operand : operands) tight &= simple(operand, parenthesizedRight(operand));
            String gap = tight ? "" : " ";
            expr(first);
            for (Expr operand : operands) {
                text(gap);
                infix("..");
                text(gap);
                expr(operand);
            }
            return;
        }
        openGroup(false);
        expr(first);
        indent();
        for (int i = 0; i < operands.size(); i++) {
            space();
            infix(operators.get(i).symbol);
            line();
            expr(operands.get(i));
        }
        dedent();
        closeGroup();
    }

    private static boolean simple(Expr e, boolean parenthesized) {
        return parenthesized || !(e instanceof Expr.Binary || e instanceof Expr.Unary);
    }

    /** Whether the right operand of an operator is in parentheses: a `(` stands just before it. */
    private boolean parenthesizedRight(Expr e) {
        int i = nextCode();
        while (i < tokens.size() && tokens.get(i).start() < e.span().start()) i = tokens.nextCode(i + 1);
        int before = tokens.previousCode(i);
        return before >= 0 && tokens.text(before).equals("(");
    }

    /** A string literal with its value escaped the one canonical way: `\"`, `\\`, `\n`, `\t`. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
