package dev.nnet.repl;

import dev.nnet.ast.Span;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import dev.nnet.syntax.Lexemes;
import dev.nnet.syntax.ScriptParser;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the REPL needs to know of the grammar, learnt by asking the parser instead of by listing
 * words here: which keywords start a statement, which define a name, which name a model and then
 * {@code on}, which start a line of a model. A statement or keyword added to the grammar reaches
 * completion without a change in this package.
 */
final class Grammar {
    private static final Grammar INSTANCE = new Grammar();

    /** Keywords that begin a statement: {@code let}, {@code model}, {@code train}... */
    final List<String> statementKeywords;
    /** Keywords followed by a new name: {@code let x =}, {@code dataset d =}, {@code model m {}. */
    final Set<String> definingKeywords;
    /** Keywords followed by a model and {@code on} or {@code to}: {@code train m on}, {@code plot m to}. */
    final Set<String> modelUsingKeywords;
    /** Keywords that begin a line of a model block other than a layer: {@code input}. */
    final List<String> modelItemKeywords;
    /** Keywords that are values: {@code true}, {@code false}. */
    final List<String> valueKeywords;
    /** Keywords that join two values: {@code and}, {@code or}. Like {@code +}, they are typed, not offered. */
    final Set<String> operatorKeywords;

    private Grammar() {
        List<String> keywords = Lexemes.keywords();
        statementKeywords = keywords.stream().filter(k -> endsTooSoon(k)).toList();
        definingKeywords = statementKeywords.stream().filter(k -> endsTooSoon(k + " x =") || endsTooSoon(k + " x {"))
                .collect(Collectors.toUnmodifiableSet());
        modelUsingKeywords = statementKeywords.stream().filter(k -> endsTooSoon(k + " x on") || endsTooSoon(k + " x to"))
                .collect(Collectors.toUnmodifiableSet());
        modelItemKeywords = keywords.stream().filter(k -> !statementKeywords.contains(k))
                .filter(k -> endsTooSoon("model x {\n" + k)).toList();
        valueKeywords = keywords.stream()
                .filter(k -> ScriptParser.parse(new SourceText("<input>", "let x = " + k)).ok()).toList();
        operatorKeywords = keywords.stream()
                .filter(k -> ScriptParser.parse(new SourceText("<input>", "let x = y " + k + " z")).ok())
                .collect(Collectors.toUnmodifiableSet());
    }

    static Grammar get() {
        return INSTANCE;
    }

    /** True when {@code text} parses, or would with more text after it. */
    static boolean accepts(String text) {
        return ScriptParser.parse(new SourceText("<input>", text)).ok() || endsTooSoon(text);
    }

    /** True when the parser's only complaints about {@code text} are that it ends too soon. */
    static boolean endsTooSoon(String text) {
        List<Diagnostic> problems = ScriptParser.parse(new SourceText("<input>", text)).diagnostics();
        return !problems.isEmpty() && problems.stream().allMatch(d -> isAboutTheEnd(d, text));
    }

    /**
     * A bracket never closed (E0104), or something expected where the text ends (after it there are
     * only blanks and comments): more text would mend it.
     */
    static boolean isAboutTheEnd(Diagnostic d, String text) {
        if (d.code() == DiagnosticCode.E0104) return true;
        Span span = d.span();
        if (d.code() != DiagnosticCode.E0101 || span == null || span.length() != 0) return false;
        String rest = text.substring(Math.min(span.start(), text.length()));
        return Lexemes.of(rest).stream().allMatch(l -> l.kind() == Lexemes.Kind.COMMENT);
    }
}
