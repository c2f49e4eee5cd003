package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Option;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.text.Suggestions;

/** {@code progress: auto | bar | lines | none} in a {@code train} block, written as a bare word. */
final class ProgressOption {
    private ProgressOption() {
    }

    /** The mode asked for; {@code auto} when the option is absent or wrong (reported as E0430). */
    static Plan.Progress check(Context cx, Option o) {
        if (o == null) return Plan.Progress.AUTO;
        Expr value = o.value();
        String written = value instanceof Expr.Name n ? n.name()
                : value instanceof Expr.StringLiteral s ? s.value() : null;
        Plan.Progress mode = written == null ? null : Plan.Progress.named(written);
        if (mode != null && value instanceof Expr.Name) return mode;
        if (mode != null) {
            cx.reporter.error(DiagnosticCode.E0430, value.span(), "`progress` takes a bare word, not a string",
                    "a string", "write it without quotes: `progress: " + written + "`");
            return Plan.Progress.AUTO;
        }
        String guess = written == null ? "" : Suggestions.closest(written, Plan.Progress.words())
                .map(g -> "did you mean `" + g + "`? ").orElse("");
        cx.reporter.error(DiagnosticCode.E0430, value.span(), "`progress` must be `auto`, `bar`, `lines` or `none`, "
                + "but " + (written == null ? "this" : "`" + written + "`") + " is none of them",
                "not a progress display", guess + "`auto` (the default) is a live bar on a terminal and one line per "
                        + "epoch otherwise, `bar` always the bar, `lines` one line per epoch, `none` only the final "
                        + "summary");
        return Plan.Progress.AUTO;
    }
}
