package dev.nnet.lsp;

import dev.nnet.ast.Span;
import dev.nnet.check.Analysis;
import dev.nnet.syntax.Lexemes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The names a document defines and where each use of a name points. Taken from the checker's
 * analysis when the text parses; read off the tokens ({@code let x}, {@code dataset d},
 * {@code model m}) when it does not, so that completion and go to definition keep working while a
 * line is half typed. Types come from the last version that parsed.
 */
final class Names {
    /**
     * A defined name: its kind ("value", "function", "dataset", "model", "parameter"), its type if
     * known, and where.
     */
    record Defined(String name, String kind, String typeName, int start, int end) {
    }

    private Names() {
    }

    static List<Defined> definitions(Snapshot snapshot, Snapshot lastParsed) {
        List<Defined> out = new ArrayList<>();
        if (snapshot.parsed()) {
            for (Analysis.Definition d : snapshot.analysis().definitions()) {
                out.add(new Defined(d.name(), d.kind(), d.typeName(), d.span().start(), d.span().end()));
            }
            if (!out.isEmpty()) return out;
        }
        List<Lexemes.Lexeme> tokens = snapshot.lexemes();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Lexemes.Lexeme keyword = tokens.get(i);
            Lexemes.Lexeme name = tokens.get(i + 1);
            if (keyword.kind() != Lexemes.Kind.KEYWORD || name.kind() != Lexemes.Kind.NAME) continue;
            String kind = switch (keyword.text()) {
                case "let" -> "value";
                case "def" -> "function";
                case "dataset" -> "dataset";
                case "model" -> "model";
                default -> null;
            };
            if (kind == null || !startsStatement(snapshot, i)) continue;
            out.add(new Defined(name.text(), kind, typeOf(name.text(), lastParsed), name.start(), name.end()));
        }
        return out;
    }

    /** A keyword that begins a statement: first in the text, on its line, or after a ';'. */
    static boolean startsStatement(Snapshot snapshot, int index) {
        if (index == 0) return true;
        Lexemes.Lexeme before = snapshot.lexemes().get(index - 1);
        if (before.text().equals(";")) return true;
        String between = snapshot.text().substring(before.end(), snapshot.lexemes().get(index).start());
        return between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0;
    }

    private static String typeOf(String name, Snapshot lastParsed) {
        if (lastParsed == null) return null;
        for (Analysis.Definition d : lastParsed.analysis().definitions()) {
            if (d.name().equals(name)) return d.typeName();
        }
        return null;
    }

    /** The definition a name at {@code offset} refers to (or is), or null. */
    static Defined definitionAt(Snapshot snapshot, Snapshot lastParsed, int offset) {
        Lexemes.Lexeme token = snapshot.tokenAt(offset);
        if (token == null || token.kind() != Lexemes.Kind.NAME) return null;
        List<Defined> all = definitions(snapshot, lastParsed);
        if (snapshot.parsed()) {
            for (Analysis.Reference r : snapshot.analysis().references()) {
                if (covers(r.span(), token)) {
                    for (Defined d : all) if (d.start() == r.definition().start()) return d;
                }
            }
        }
        for (Defined d : all) if (d.start() == token.start()) return d;
        if (isMember(snapshot, token)) return null;
        // A use the analysis does not know (the text does not parse): names are defined once, so
        // the nearest definition of that name before the use, else the first, is the one.
        Defined found = null;
        for (Defined d : all) {
            if (!d.name().equals(token.text())) continue;
            if (d.start() < token.start() || found == null) found = d;
        }
        return found;
    }

    /**
     * Every use of the name at {@code offset} (and its definition when {@code declaration}): the
     * checker's references when the text parses, else the same name wherever it stands as a name.
     */
    static List<Location> uses(Snapshot snapshot, Snapshot lastParsed, int offset, boolean declaration) {
        Defined defined = definitionAt(snapshot, lastParsed, offset);
        if (defined == null) return List.of();
        List<Location> out = new ArrayList<>();
        if (declaration) out.add(location(snapshot, defined.start(), defined.end()));
        if (snapshot.parsed() && !snapshot.analysis().definitions().isEmpty()) {
            for (Analysis.Reference r : snapshot.analysis().references()) {
                if (r.definition().start() == defined.start()) {
                    out.add(location(snapshot, r.span().start(), r.span().end()));
                }
            }
            return out;
        }
        for (Lexemes.Lexeme t : snapshot.lexemes()) {
            if (t.kind() == Lexemes.Kind.NAME && t.text().equals(defined.name()) && t.start() != defined.start()
                    && !isMember(snapshot, t)) {
                out.add(location(snapshot, t.start(), t.end()));
            }
        }
        return out;
    }

    /** The data file a string at {@code offset} names, when it exists: {@code csv("data/iris.csv")}. */
    static Location fileAt(Snapshot snapshot, int offset) {
        Lexemes.Lexeme token = snapshot.tokenAt(offset);
        if (token == null || token.kind() != Lexemes.Kind.STRING || token.text().length() < 2
                || !token.text().endsWith("\"")) {
            return null;
        }
        try {
            Path file = snapshot.baseDir().resolve(token.text().substring(1, token.text().length() - 1));
            if (!Files.isRegularFile(file)) return null;
            return new Location(file.toAbsolutePath().normalize().toUri().toString(),
                    new Range(new Position(0, 0), new Position(0, 0)));
        } catch (RuntimeException e) {
            return null; // not a path on this system
        }
    }

    private static Location location(Snapshot snapshot, int start, int end) {
        return new Location(snapshot.uri(), snapshot.lines().rangeOf(start, end));
    }

    private static boolean isMember(Snapshot snapshot, Lexemes.Lexeme token) {
        Lexemes.Lexeme before = null;
        for (Lexemes.Lexeme t : snapshot.lexemes()) {
            if (t.start() >= token.start()) break;
            if (t.kind() != Lexemes.Kind.COMMENT) before = t;
        }
        return before != null && before.text().equals(".");
    }

    private static boolean covers(Span span, Lexemes.Lexeme token) {
        return span.start() <= token.start() && token.end() <= span.end();
    }
}
