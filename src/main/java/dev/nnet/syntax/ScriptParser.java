package dev.nnet.syntax;

import dev.nnet.ast.Program;
import dev.nnet.ast.Span;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import dev.nnet.syntax.generated.NNetLexer;
import dev.nnet.syntax.generated.NNetParser;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** The one way into the syntax: source text in, an AST or positioned syntax errors out. */
public final class ScriptParser {
    private ScriptParser() {
    }

    public static ParseResult parse(SourceText source) {
        Spans spans = new Spans(source);
        SyntaxProblems problems = new SyntaxProblems(source, spans);
        NNetLexer lexer = new NNetLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners(); // every lexer error is a token that LineBreakFilter reports
        NNetParser parser = new NNetParser(new CommonTokenStream(new LineBreakFilter(lexer, problems)));
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener()); // reports go through PlainErrorStrategy
        parser.setErrorHandler(new PlainErrorStrategy(problems));
        NNetParser.ProgramContext tree;
        try {
            tree = parser.program();
        } catch (StackOverflowError deep) {
            return tooDeep(source);
        }
        if (problems.isTooDeep()) {
            return new ParseResult(null, problems.diagnostics().stream()
                    .filter(d -> d.code() != DiagnosticCode.E0101 && d.code() != DiagnosticCode.E0104).toList());
        }
        List<Diagnostic> diagnostics = problems.diagnostics();
        if (!diagnostics.isEmpty()) return new ParseResult(null, diagnostics);
        try {
            return new ParseResult(new AstBuilder(spans).program(tree), List.of());
        } catch (StackOverflowError deep) {
            return tooDeep(source);
        }
    }

    private static ParseResult tooDeep(SourceText source) {
        Span whole = new Span(0, Math.min(1, source.text().length()), 1, 1);
        return new ParseResult(null, List.of(Diagnostic.error(DiagnosticCode.E0101,
                "the script is nested too deeply to read", source, whole, "nesting starts here",
                "split deeply nested expressions with `let`")));
    }
}
