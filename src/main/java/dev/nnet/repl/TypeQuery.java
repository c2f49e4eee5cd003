package dev.nnet.repl;

import dev.nnet.check.Analysis;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import dev.nnet.session.Session;
import dev.nnet.syntax.ParseResult;
import dev.nnet.syntax.ScriptParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code :type EXPR}: the type the checker gives an expression, in the session as it stands.
 *
 * <p>For a name, its definition's type. For any other expression, the session checks the input
 * {@code let PROBE = EXPR} followed by a second {@code let PROBE = 0}: the second definition is an
 * error by design, so the session rejects the input and nothing is defined or run, while the check
 * still reports the type it gave {@code PROBE} and every mistake in the expression. Going through
 * the session this way keeps {@code :type} exactly as the checker sees the expression.
 */
final class TypeQuery {
    private static final String PROBE = "__type_of_expression";

    /** A type, or the problems that say why there is none (diagnostics, or a message). */
    record Answer(String type, List<Diagnostic> diagnostics, String message) {
    }

    private final Session session;
    private final Path baseDir;

    TypeQuery(Session session, Path baseDir) {
        this.session = session;
        this.baseDir = baseDir;
    }

    /** The type of the expression starting at {@code exprStart} in {@code typed} (the whole command). */
    Answer typeOf(SourceText typed, int exprStart) {
        String expr = typed.text().substring(exprStart);
        if (expr.isBlank()) return new Answer(null, List.of(), "say what to show the type of: `:type EXPR`");
        Optional<Analysis.Definition> named = definition(expr.strip());
        if (named.isPresent()) return new Answer(named.get().typeName(), List.of(), null);

        String probe = freshName();
        String prefix = "let " + probe + " = ";
        int shift = prefix.length() - exprStart;
        SourceText let = new SourceText(typed.name(), prefix + expr);
        ParseResult alone = ScriptParser.parse(let);
        if (!alone.ok()) return new Answer(null, Relocation.onto(alone.diagnostics(), let, typed, shift), null);
        if (alone.program().statements().size() != 1) {
            return new Answer(null, List.of(), "`:type` takes one expression, not statements");
        }
        SourceText source = new SourceText(typed.name(), prefix + expr + "\nlet " + probe + " = 0");
        Session.Outcome outcome = session.submit(source, baseDir);
        int lastLine = source.lineCount();
        List<Diagnostic> problems = outcome.diagnostics().stream().filter(Diagnostic::isError)
                .filter(d -> !(d.code() == DiagnosticCode.E0202 && d.span() != null && d.span().line() == lastLine))
                .toList();
        if (!problems.isEmpty()) return new Answer(null, Relocation.onto(problems, source, typed, shift), null);
        return outcome.checked().analysis().definitions().stream().filter(d -> d.name().equals(probe)).findFirst()
                .map(d -> new Answer(d.typeName(), List.of(), null))
                .orElse(new Answer(null, List.of(), "the expression has no type the checker can tell"));
    }

    private Optional<Analysis.Definition> definition(String name) {
        return session.definitions().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    private String freshName() {
        String name = PROBE;
        for (int i = 2; definition(name).isPresent(); i++) name = PROBE + i;
        return name;
    }
}
