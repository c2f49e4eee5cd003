package dev.nnet.diag;

import dev.nnet.text.JsonStrings;
import dev.nnet.ast.Span;
import java.util.List;

/**
 * Diagnostics as JSON, for CI annotations and editors. The schema (version 1) is documented in
 * docs/language.md; fields are only ever added to it, never renamed or removed.
 *
 * <pre>
 * {"version": 1, "files": [{"file": "a.nnet", "ok": false, "diagnostics": [
 *   {"code": "E0301", "severity": "error", "message": "...", "file": "a.nnet",
 *    "start": {"line": 14, "column": 7}, "end": {"line": 14, "column": 10},
 *    "label": "...", "help": ["..."]}]}]}
 * </pre>
 * Lines and columns are 1-based; the end column is just after the last character.
 */
public final class JsonRenderer {
    private JsonRenderer() {
    }

    /** One file's result. */
    public record FileResult(String file, boolean ok, List<Diagnostic> diagnostics) {
    }

    public static String render(List<FileResult> files) {
        StringBuilder out = new StringBuilder("{\"version\": 1, \"files\": [");
        for (int f = 0; f < files.size(); f++) {
            FileResult file = files.get(f);
            if (f > 0) out.append(", ");
            out.append("{\"file\": ").append(JsonStrings.quote(file.file())).append(", \"ok\": ").append(file.ok())
                    .append(", \"diagnostics\": [");
            for (int i = 0; i < file.diagnostics().size(); i++) {
                if (i > 0) out.append(", ");
                diagnostic(out, file.diagnostics().get(i));
            }
            out.append("]}");
        }
        return out.append("]}").toString();
    }

    private static void diagnostic(StringBuilder out, Diagnostic d) {
        out.append("{\"code\": ").append(JsonStrings.quote(d.code().id))
                .append(", \"severity\": ").append(JsonStrings.quote(d.severity().word))
                .append(", \"message\": ").append(JsonStrings.quote(d.message()));
        if (d.source() != null && d.span() != null) {
            Span s = d.span();
            int[] end = d.source().endOf(s);
            out.append(", \"file\": ").append(JsonStrings.quote(d.source().name()))
                    .append(", \"start\": {\"line\": ").append(s.line()).append(", \"column\": ").append(s.column())
                    .append("}, \"end\": {\"line\": ").append(end[0]).append(", \"column\": ").append(end[1]).append('}');
        }
        if (d.label() != null && !d.label().isEmpty()) out.append(", \"label\": ").append(JsonStrings.quote(d.label()));
        out.append(", \"help\": [");
        for (int i = 0; i < d.help().size(); i++) {
            if (i > 0) out.append(", ");
            out.append(JsonStrings.quote(d.help().get(i)));
        }
        out.append("]}");
    }
}
