package dev.nnet.check;

import dev.nnet.ast.Span;
import dev.nnet.diag.DiagnosticCode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Optimizer calls to plans, with the range each setting must lie in. */
final class Optimizers {
    private Optimizers() {
    }

    static Plan.Optimizer of(Plan.OptimizerKind kind, BoundArguments a, Reporter reporter) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String name : OptimizerDefaults.settings(kind).keySet()) {
            Value v = a.get(name);
            settings.put(name, v instanceof Value.BoolValue b ? (Object) b.value() : (Object) a.number(name));
        }
        Plan.Optimizer plan = new Plan.Optimizer(kind, settings);
        for (String name : settings.keySet()) {
            Span span = a.spanOf(name);
            if (span == null || settings.get(name) instanceof Boolean) continue;
            checkRange(name, plan.number(name), span, reporter);
        }
        if (a.spanOf("learning_rate") != null) warnUnusualLearningRate(plan, a.spanOf("learning_rate"), reporter);
        if (settings.containsKey("nesterov") && plan.flag("nesterov") && plan.number("momentum") == 0
                && a.spanOf("nesterov") != null) {
            reporter.error(DiagnosticCode.E0407, a.spanOf("nesterov"), "Nesterov momentum needs a momentum above 0",
                    "needs momentum", "add `momentum: 0.9`, or leave out `nesterov`");
        }
        if (kind == Plan.OptimizerKind.RPROP && a.spanOf("eta_minus") != null && a.spanOf("eta_plus") != null
                && !(plan.number("eta_minus") < 1 && plan.number("eta_plus") > 1)) {
            reporter.error(DiagnosticCode.E0405, a.spanOf("eta_minus"), "Rprop shrinks steps by `eta_minus` < 1 and "
                    + "grows them by `eta_plus` > 1", "out of range", "the usual values are 0.5 and 1.2");
        }
        return plan;
    }

    /** The learning rates most problems train with, per optimizer: outside them by far is usually a typo. */
    static void warnUnusualLearningRate(Plan.Optimizer o, Span span, Reporter reporter) {
        double lr = o.learningRate();
        boolean adaptive = switch (o.kind()) {
            case SGD, ADAGRAD, RPROP -> false;
            default -> true;
        };
        // Far outside means beyond these bounds; the usual range quoted in the help is a tenth of them.
        double low = adaptive ? 1e-6 : 1e-4;
        double high = adaptive ? 0.1 : 2;
        String usual = adaptive ? "0.00001 to 0.01" : "0.001 to 1";
        if (lr > 0 && (lr < low || lr > high)) {
            reporter.warning(DiagnosticCode.W0104, span, "a learning rate of " + format(lr) + " is far "
                    + (lr > high ? "above" : "below") + " what `" + o.kind().word() + "` usually takes",
                    "unusual learning rate", "`" + o.kind().word() + "` usually trains with " + usual);
        }
    }

    private static void checkRange(String name, double v, Span span, Reporter reporter) {
        switch (name) {
            case "learning_rate" -> {
                if (!(v > 0)) {
                    reporter.error(DiagnosticCode.E0401, span, "the learning rate must be above 0, but it is "
                            + format(v), "must be > 0", "typical values are 0.001 to 0.5");
                }
            }
            case "momentum", "beta1", "beta2" -> {
                if (v < 0 || v >= 1) {
                    reporter.error(DiagnosticCode.E0405, span, "`" + name + "` must be at least 0 and below 1, but it is "
                            + format(v), "must be in [0, 1)");
                }
            }
            case "alpha" -> {
                if (v < 0 || v > 1) {
                    reporter.error(DiagnosticCode.E0405, span, "`alpha` must lie between 0 and 1, but it is "
                            + format(v), "must be in [0, 1]");
                }
            }
            case "epsilon", "eta_minus", "eta_plus", "max_step" -> {
                if (!(v > 0)) {
                    reporter.error(DiagnosticCode.E0405, span, "`" + name + "` must be above 0, but it is " + format(v),
                            "must be > 0");
                }
            }
            default -> {
                if (v < 0) {
                    reporter.error(DiagnosticCode.E0405, span, "`" + name + "` must not be negative, but it is "
                            + format(v), "must be >= 0");
                }
            }
        }
    }

    /** The defaults, for an optimizer named without parentheses: {@code optimizer: adam}. */
    static Plan.Optimizer defaults(Word word) {
        return Plan.Optimizer.defaults(word.text);
    }

    static String format(double v) {
        return Plan.number(v);
    }
}
