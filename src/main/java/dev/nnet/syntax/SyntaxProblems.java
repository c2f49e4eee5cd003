package dev.nnet.syntax;

import dev.nnet.ast.Span;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** The syntax errors of one source, gathered from the lexer filter and the parser. */
final class SyntaxProblems {
    private final SourceText source;
    private final Spans spans;
    private final dev.nnet.diag.ErrorLimit diagnostics = new dev.nnet.diag.ErrorLimit();
    private boolean tooDeep;
    /** Lines where a lexical error was reported: a parse error there is its echo, not news. */
    private final java.util.Set<Integer> linesWithLexicalErrors = new java.util.HashSet<>();

    SyntaxProblems(SourceText source, Spans spans) {
        this.source = source;
        this.spans = spans;
    }

    void badCharacter(Token t) {
        String text = t.getText();
        String shown = text.codePointAt(0) < 32 ? String.format("U+%04X", text.codePointAt(0)) : "`" + text + "`";
        String help = switch (text) {
            case "'" -> "strings are written in double quotes: \"like this\"";
            case "^" -> "NNet has no `^` operator; write `x * x` for a square";
            case "&" -> "write `and` for both";
            case "|" -> "write `or` for either";
            case "!" -> "write `not` to negate, and `!=` for not equal";
            case "$" -> "names are letters, digits and `_`";
            default -> "remove it, or put it inside a string or a comment (# ...)";
        };
        linesWithLexicalErrors.add(t.getLine());
        add(Diagnostic.error(DiagnosticCode.E0103, "the character " + shown + " is not allowed here",
                source, spans.of(t), "not part of the language", help));
    }

    void unterminatedString(Token t) {
        // The string swallowed the rest of its line, brackets included, so the next line suffers too.
        linesWithLexicalErrors.add(t.getLine());
        linesWithLexicalErrors.add(t.getLine() + 1);
        add(Diagnostic.error(DiagnosticCode.E0102, "this string is not closed before the end of the line",
                source, spans.of(t), "string starts here",
                "add a closing `\"`; a string cannot span several lines"));
    }

    void badEscape(Token t, int indexInToken) {
        Span token = spans.of(t);
        Span escape = new Span(token.start() + indexInToken, token.start() + indexInToken + 2, token.line(),
                token.column() + indexInToken);
        add(Diagnostic.error(DiagnosticCode.E0105, "unknown escape `" + t.getText().substring(indexInToken,
                indexInToken + 2) + "` in a string", source, escape, "not an escape NNet knows",
                "the escapes are \\\" \\\\ \\n \\t; write paths with `/`, which works on every system"));
    }

    boolean echoesLexicalError(Token t) {
        return linesWithLexicalErrors.contains(t.getLine());
    }

    void add(Diagnostic d) {
        diagnostics.add(d);
    }

    Span spanOf(Token t) {
        return spans.of(t);
    }

    Span spanAfter(Token t) {
        return spans.after(t);
    }

    SourceText source() {
        return source;
    }

    /** Brackets nested past the limit: reported once; the parser is then given no more tokens. */
    void tooDeep(Token t, int limit) {
        tooDeep = true;
        add(Diagnostic.error(DiagnosticCode.E0106, "brackets are nested more than " + limit + " deep here",
                source, spans.of(t), "too deep", "split the expression with `let`"));
    }

    boolean isTooDeep() {
        return tooDeep;
    }

    boolean hasAny() {
        return diagnostics.size() > 0;
    }

    List<Diagnostic> diagnostics() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics.kept());
        sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<Diagnostic> all = diagnostics.all();
        if (all.size() > sorted.size()) sorted.add(all.get(all.size() - 1));
        return sorted;
    }
}
