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
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** The one way into the syntax: source text in, an AST or positioned syntax errors out. */
public final class ScriptParser {
    private ScriptParser() {
    }

    public static ParseResult parse(SourceText source) {
        Spans spans = new Spans(source);
        SyntaxProblems problems = new SyntaxProblems(source, spans);
        NNetLexer lexer = new NNetLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners(); // every lexer error is a token that LineBreakFilter reports
        CommonTokenStream tokens = new CommonTokenStream(new LineBreakFilter(lexer, problems));
        NNetParser parser = new NNetParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener()); // reports go through PlainErrorStrategy
        NNetParser.ProgramContext tree;
        try {
            tree = parseFast(parser);
            if (tree == null) {
                // Only a script with a syntax error gets here: parse it again in full LL mode, with recovery.
                tokens.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                parser.setErrorHandler(new PlainErrorStrategy(problems));
                try {
                    tree = parser.program();
                } catch (ParseCancellationException tooManyErrors) {
                    return new ParseResult(null, problems.diagnostics());
                }
            }
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

    /**
     * The usual two-stage parse (ANTLR's documentation): SLL prediction is much faster and right for
     * every valid script; it gives up (null) at the first error, without reporting anything.
     */
    private static NNetParser.ProgramContext parseFast(NNetParser parser) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.program();
        } catch (ParseCancellationException syntaxError) {
            return null;
        }
    }

    private static ParseResult tooDeep(SourceText source) {
        Span whole = new Span(0, Math.min(1, source.text().length()), 1, 1);
        return new ParseResult(null, List.of(Diagnostic.error(DiagnosticCode.E0101,
                "the script is nested too deeply to read", source, whole, "nesting starts here",
                "split deeply nested expressions with `let`")));
    }
}
