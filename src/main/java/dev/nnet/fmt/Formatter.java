package dev.nnet.fmt;

import dev.nnet.ast.Program;
import dev.nnet.diag.SourceText;
import dev.nnet.syntax.ParseResult;
import dev.nnet.syntax.ScriptParser;
import java.util.List;

/**
 * {@code nnet fmt}: rewrites a script in the one canonical layout (docs/language.md,
 * "Formatting"). Only layout changes: the result is checked to parse to the same syntax tree as
 * the input, spans aside, before it is returned.
 */
public final class Formatter {
    private Formatter() {
    }

    /** The script in its canonical layout; a script with syntax errors gives its diagnostics instead. */
    public static Formatted format(SourceText source) {
        ParseResult parsed = ScriptParser.parse(source);
        if (!parsed.ok()) return new Formatted(null, parsed.diagnostics());
        String text = layout(parsed.program(), source.text());
        ParseResult again = ScriptParser.parse(new SourceText(source.name(), text));
        if (!again.ok() || !SyntaxTrees.equalIgnoringSpans(parsed.program(), again.program())) {
            throw new IllegalStateException("formatting `" + source.name() + "` would change what it means, so it is"
                    + " left as it was");
        }
        return new Formatted(text, List.of());
    }

    /** The canonical text of a parsed program, without the check that it parses back to the same tree. */
    static String layout(Program program, String text) {
        return Renderer.render(Printer.print(program, text));
    }
}
