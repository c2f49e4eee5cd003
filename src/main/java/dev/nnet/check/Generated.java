package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Span;
import dev.nnet.diag.DiagnosticCode;

/** The generated sources {@code spirals}, {@code moons}, {@code blobs} and {@code regression}: arguments and limits. */
final class Generated {
    static final int MAX_ROWS = 1_000_000;
    static final int MAX_CLASSES = 1_000;
    static final int MAX_FEATURES = 10_000;

    private Generated() {
    }

    static Value source(Evaluator evaluator, Expr.Call c, Word w, Reporter reporter) {
        Signature signature = switch (w) {
            case SPIRALS -> Signature.SPIRALS;
            case MOONS -> Signature.MOONS;
            case BLOBS -> Signature.BLOBS;
            default -> Signature.REGRESSION;
        };
        return evaluator.bindThen(c, signature, a -> {
            long rows = a.integer("n");
            long classes = a.get("classes") != null ? a.integer("classes") : w == Word.MOONS ? 2 : 0;
            long features = a.get("features") != null ? a.integer("features") : 2;
            String noiseName = w == Word.BLOBS ? "spread" : "noise";
            double noise = a.number(noiseName);
            boolean ok = inRange(reporter, a, c, "n", rows, Math.max(1, classes), MAX_ROWS,
                    classes > 1 ? "every class needs a row: `n` must be at least `classes`" : null);
            if (a.get("classes") != null) ok &= inRange(reporter, a, c, "classes", classes, 2, MAX_CLASSES, null);
            if (a.get("features") != null) {
                ok &= inRange(reporter, a, c, "features", features, 1, MAX_FEATURES, null);
            }
            if (!(noise >= 0) || noise > 1e6) {
                reporter.error(DiagnosticCode.E0405, at(a, c, noiseName), "`" + noiseName + "` must be between 0 and "
                        + "1000000, but it is " + Optimizers.format(noise), "out of range",
                        "it is the standard deviation of the noise added to each value");
                ok = false;
            }
            if (!ok) return new Value.Invalid();
            return new Value.SourceValue(new Plan.Source.Generated(w.text, (int) rows, (int) classes, (int) features,
                    noise));
        });
    }

    private static boolean inRange(Reporter reporter, BoundArguments a, Expr.Call c, String name, long value, long min,
                                   long max, String help) {
        if (value >= min && value <= max) return true;
        reporter.error(DiagnosticCode.E0405, at(a, c, name), "`" + name + "` must be between " + min + " and " + max
                + ", but it is " + value, "out of range", help == null ? new String[0] : new String[] {help});
        return false;
    }

    private static Span at(BoundArguments a, Expr.Call c, String name) {
        Span span = a.spanOf(name);
        return span != null ? span : c.span();
    }
}
