package dev.nnet.lsp;

import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.Severity;
import dev.nnet.syntax.Lexemes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;

/**
 * The session's diagnostics as LSP diagnostics: the same code (in {@code code}), the same message
 * as the command line prints, then its help lines. A mistake found inside a data file is shown on
 * the string that names the file in the script, with the file's line and column in the message and
 * a link to the place in the file.
 */
final class Problems {
    static final String SOURCE = "nnet";

    private Problems() {
    }

    static List<org.eclipse.lsp4j.Diagnostic> of(Snapshot snapshot) {
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : snapshot.checked().diagnostics()) out.add(of(d, snapshot));
        return out;
    }

    static org.eclipse.lsp4j.Diagnostic of(Diagnostic d, Snapshot snapshot) {
        StringBuilder message = new StringBuilder(d.message());
        org.eclipse.lsp4j.Diagnostic lsp = new org.eclipse.lsp4j.Diagnostic();
        if (d.source() == null || d.source() == snapshot.source() || d.span() == null) {
            lsp.setRange(d.span() == null ? snapshot.lines().rangeOf(0, 0) : snapshot.lines().rangeOf(d.span()));
        } else {
            // A place in a data file: shown on the script's string that names the file.
            Path file = Path.of(d.source().name()).toAbsolutePath().normalize();
            lsp.setRange(nameOfFile(snapshot, file));
            message.append("\n  --> ").append(d.source().name()).append(':').append(d.span().line()).append(':')
                    .append(d.span().column());
            Range inFile = new Range(new org.eclipse.lsp4j.Position(d.span().line() - 1, d.span().column() - 1),
                    new org.eclipse.lsp4j.Position(d.span().line() - 1, d.span().column() - 1 + d.span().length()));
            lsp.setRelatedInformation(List.of(new DiagnosticRelatedInformation(
                    new Location(file.toUri().toString(), inFile), d.label() == null || d.label().isEmpty()
                            ? "here" : d.label())));
        }
        for (String help : d.help()) message.append("\nhelp: ").append(help);
        lsp.setMessage(message.toString());
        lsp.setSeverity(d.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
        lsp.setCode(d.code().id);
        lsp.setSource(SOURCE);
        if (d.code() == DiagnosticCode.W0102) lsp.setTags(List.of(DiagnosticTag.Unnecessary));
        return lsp;
    }

    /** The range of the string in the script that names {@code file}, or the start of the script. */
    private static Range nameOfFile(Snapshot snapshot, Path file) {
        for (Lexemes.Lexeme t : snapshot.lexemes()) {
            if (t.kind() != Lexemes.Kind.STRING || t.text().length() < 2 || !t.text().endsWith("\"")) continue;
            String written = t.text().substring(1, t.text().length() - 1);
            try {
                if (snapshot.baseDir().resolve(written).toAbsolutePath().normalize().equals(file)) {
                    return snapshot.lines().rangeOf(t.start(), t.end());
                }
            } catch (RuntimeException e) {
                // Not a path on this system (a character a path cannot hold): not the file's name.
            }
        }
        return snapshot.lines().rangeOf(0, 0);
    }
}
