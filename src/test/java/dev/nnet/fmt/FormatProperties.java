package dev.nnet.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnet.ast.Program;
import dev.nnet.diag.SourceText;
import dev.nnet.syntax.ParseResult;
import dev.nnet.syntax.ScriptParser;

/** The two promises of the formatter, asserted on one script: the tree is kept, and a second pass changes nothing. */
final class FormatProperties {
    private FormatProperties() {
    }

    static Program parse(String name, String text) {
        ParseResult parsed = ScriptParser.parse(new SourceText(name, text));
        assertTrue(parsed.ok(), () -> name + " does not parse: " + parsed.diagnostics() + "\n--- script ---\n" + text);
        return parsed.program();
    }

    /** Formats {@code text} and returns the result, having asserted both properties. */
    static String assertFormatsWell(String name, String text) {
        Program before = parse(name, text);
        String once = Formatter.layout(before, text);
        Program after = parse(name + " (formatted)", once);
        assertEquals(SyntaxTrees.describe(before), SyntaxTrees.describe(after),
                () -> name + ": formatting changed the tree\n--- script ---\n" + text + "\n--- formatted ---\n"
                        + once);
        assertTrue(SyntaxTrees.equalIgnoringSpans(before, after), name);
        String twice = Formatter.layout(after, once);
        assertEquals(once, twice, () -> name + ": formatting is not idempotent\n--- script ---\n" + text);
        return once;
    }
}
