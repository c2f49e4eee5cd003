package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Option;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.text.Suggestions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@code checkpoint: {path: "run.ckpt", every: 2}}: where a training run saves everything it
 * needs to continue (`nnet run --resume`), and after how many epochs. The path is relative to the
 * script's folder, which must exist, as for {@code history}.
 */
final class CheckpointRules {
    static final List<String> FIELDS = List.of("path", "every");

    private CheckpointRules() {
    }

    /** Null when absent or wrong (reported); {@code history} is the history file's path or null. */
    static Plan.Checkpoint check(Context cx, Option o, String history) {
        if (o == null) return null;
        if (!(o.value() instanceof Expr.RecordLiteral record)) {
            Value v = cx.evaluator.eval(o.value());
            if (!(v instanceof Value.Invalid)) {
                cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`checkpoint` must be a record such as "
                        + "{path: \"run.ckpt\", every: 1}, but this is " + Evaluator.describe(v),
                        "expected {path: ..., every: ...}");
            }
            return null;
        }
        if (cx.loopDepth > 0) {
            cx.reporter.error(DiagnosticCode.E0443, o.name().span(), "a `train` inside a `for` loop cannot have a "
                    + "`checkpoint`: every pass would write over the same file, and a resumed run could not tell "
                    + "which pass it came from", "inside a loop", "take the `train` out of the loop, or drop the "
                            + "`checkpoint`");
            return null;
        }
        String path = null;
        long every = 1;
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (Option field : record.fields()) {
            String name = field.name().text();
            if (!seen.add(name)) {
                cx.reporter.fieldGivenTwice(field);
                ok = false;
                continue;
            }
            switch (name) {
                case "path" -> {
                    path = path(cx, field, history);
                    ok &= path != null;
                }
                case "every" -> {
                    Long n = cx.wholeNumber(field, 1, DiagnosticCode.E0440, "`every` (the epochs between checkpoints)");
                    if (n == null) ok = false;
                    else every = n;
                }
                default -> {
                    String help = Suggestions.closest(name, FIELDS).map(g -> "did you mean `" + g + "`?")
                            .orElse("the fields are " + Plan.joinWords(FIELDS));
                    cx.reporter.error(DiagnosticCode.E0204, field.name().span(), "`checkpoint` has no field `"
                            + name + "`", "unknown field", help);
                    ok = false;
                }
            }
        }
        if (ok && !seen.contains("path")) {
            cx.reporter.error(DiagnosticCode.E0209, o.value().span(), "`checkpoint` needs the field `path`: the file "
                    + "to save the training state in", "missing `path`", "for example `checkpoint: {path: "
                    + "\"run.ckpt\", every: 1}`");
            return null;
        }
        return ok ? new Plan.Checkpoint(path, (int) Math.min(every, Integer.MAX_VALUE)) : null;
    }

    /** The checkpoint's absolute path, or null (reported). */
    private static String path(Context cx, Option field, String history) {
        Value v = cx.evaluator.eval(field.value());
        if (v instanceof Value.Invalid) return null;
        if (!(v instanceof Value.StringValue s) || s.value().isBlank()) {
            cx.reporter.error(DiagnosticCode.E0303, field.value().span(), "`path` must be the name of the checkpoint "
                    + "file, but this is " + Evaluator.describe(v), "expected a file name",
                    "for example `path: \"run.ckpt\"`");
            return null;
        }
        Path file;
        try {
            file = cx.baseDir.resolve(s.value()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            cx.reporter.error(DiagnosticCode.E0441, field.value().span(), "the checkpoint `" + s.value() + "` cannot "
                    + "be written: it is not a valid file name here (" + e.getReason() + ")", "not a valid file name");
            return null;
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder) || Files.isDirectory(file)) {
            cx.reporter.error(DiagnosticCode.E0441, field.value().span(), "the checkpoint `" + s.value() + "` cannot "
                    + "be written: " + (folder != null && Files.isDirectory(file) ? "it is a folder"
                            : "its folder does not exist"), "cannot be written", "paths are relative to the script's "
                                    + "folder; create the folder first, or name a file in an existing one");
            return null;
        }
        if (file.toString().equals(history)) {
            cx.reporter.error(DiagnosticCode.E0442, field.value().span(), "the checkpoint `" + s.value() + "` is also "
                    + "the history file: each would overwrite the other", "same file as `history`",
                    "give the checkpoint its own name, such as \"run.ckpt\"");
            return null;
        }
        dev.nnet.ast.Span earlier = cx.checkpointFiles.putIfAbsent(file.toString(), field.value().span());
        if (earlier != null) {
            cx.reporter.error(DiagnosticCode.E0444, field.value().span(), "the checkpoint `" + s.value() + "` is "
                    + "already the checkpoint of the `train` on line " + earlier.line() + ": each would overwrite the "
                    + "other's, and a resumed run would refuse it", "used twice", "give each `train` its own "
                            + "checkpoint file, such as \"second.ckpt\"");
            return null;
        }
        return file.toString();
    }
}
