package dev.nnet.lsp;

import dev.nnet.ast.Program;
import dev.nnet.check.Analysis;
import dev.nnet.check.CheckResult;
import dev.nnet.diag.SourceText;
import dev.nnet.session.Session;
import dev.nnet.syntax.Lexemes;
import dev.nnet.syntax.ParseResult;
import dev.nnet.syntax.ScriptParser;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * One version of a document as the session checked it: its text, tokens, syntax tree (null when
 * the text does not parse), diagnostics and analysis. Immutable; every answer to the editor is
 * computed from one snapshot, so that all of an answer's positions agree.
 */
record Snapshot(String uri, int version, String text, SourceText source, Path baseDir, LineIndex lines,
                List<Lexemes.Lexeme> lexemes, Program program, CheckResult checked) {

    static Snapshot check(Session session, String uri, String text, int version) {
        Path file = fileOf(uri);
        SourceText source = new SourceText(file == null ? uri : file.toString(), text);
        Path baseDir = file == null || file.getParent() == null ? Path.of("").toAbsolutePath() : file.getParent();
        ParseResult parsed = ScriptParser.parse(source);
        CheckResult checked = session.check(source, baseDir);
        return new Snapshot(uri, version, text, source, baseDir, new LineIndex(text), Lexemes.of(text),
                parsed.program(), checked);
    }

    boolean parsed() {
        return program != null;
    }

    Analysis analysis() {
        return checked.analysis();
    }

    /** The file a {@code file:} URI names, or null for any other kind of document (an unsaved one). */
    static Path fileOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equalsIgnoreCase(parsed.getScheme()) ? Path.of(parsed).toAbsolutePath() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The token at an offset: the one the offset is in, or, when that is punctuation or nothing,
     * the word that ends there (the cursor just after a name). Null when there is none.
     */
    Lexemes.Lexeme tokenAt(int offset) {
        Lexemes.Lexeme inside = null;
        Lexemes.Lexeme endingHere = null;
        for (Lexemes.Lexeme t : lexemes) {
            if (t.start() > offset) break;
            if (offset < t.end()) inside = t;
            else if (t.end() == offset) endingHere = t;
        }
        if (inside != null && inside.kind() != Lexemes.Kind.PUNCTUATION) return inside;
        return endingHere != null && endingHere.kind() != Lexemes.Kind.PUNCTUATION ? endingHere : inside;
    }
}
