package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in words called with numbers where they stand for a thing of their kind:
 * {@code leaky_relu(0.2)} and {@code elu(0.5)} as activations, {@code huber(0.5)} as a loss,
 * {@code normal(0.01)} and {@code uniform(-0.1, 0.1)} as initialisers. Each argument is checked
 * against its range here, so that a layer or a train statement gets a value that works.
 */
final class WordCalls {
    private WordCalls() {
    }

    static Value bind(Evaluator evaluator, Expr.Call c, Word w) {
        Signature signature = Signature.ofWord(w);
        BoundArguments a = evaluator.bind(c.arguments(), signature, c.callee().span());
        if (a == null) return new Value.Invalid();
        List<Double> numbers = new ArrayList<>();
        for (String name : signature.paramNames()) numbers.add(a.number(name));
        Reporter reporter = evaluator.reporter();
        switch (w) {
            case LEAKY_RELU -> {
                double slope = numbers.get(0);
                if (!(slope >= 0 && slope < 1)) {
                    reporter.error(DiagnosticCode.E0405, a.spanOf("slope"), "the slope of `leaky_relu` below 0 must be "
                            + "at least 0 and below 1, but it is " + Plan.number(slope), "must be in [0, 1)",
                            "the usual values are 0.01 to 0.3");
                    return new Value.Invalid();
                }
            }
            case ELU -> {
                if (!positive(reporter, a, "alpha", "`elu`'s alpha", "1 is the usual value")) return new Value.Invalid();
            }
            case HUBER -> {
                if (!positive(reporter, a, "delta", "`huber`'s delta (where it turns from squared to absolute error)",
                        "1 is the usual value")) {
                    return new Value.Invalid();
                }
            }
            case NORMAL -> {
                if (!positive(reporter, a, "std", "the standard deviation of `normal`", "0.01 to 0.1 are usual for "
                        + "weights")) {
                    return new Value.Invalid();
                }
            }
            case UNIFORM -> {
                double low = numbers.get(0), high = numbers.get(1);
                if (!(low < high)) {
                    reporter.error(DiagnosticCode.E0405, a.spanOf("high"), "`uniform` needs low < high, but it is "
                            + "given " + Plan.number(low) + " and " + Plan.number(high), "must be above "
                            + Plan.number(low), "for example `uniform(-0.1, 0.1)`");
                    return new Value.Invalid();
                }
            }
            default -> throw new IllegalStateException(w + " takes no numbers");
        }
        return new Value.WordCall(w, numbers);
    }

    private static boolean positive(Reporter reporter, BoundArguments a, String name, String what, String help) {
        double v = a.number(name);
        if (v > 0 && Double.isFinite(v)) return true;
        reporter.error(DiagnosticCode.E0405, a.spanOf(name), what + " must be above 0, but it is " + Plan.number(v),
                "must be > 0", help);
        return false;
    }
}
