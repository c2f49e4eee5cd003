package dev.nnet.check;

import dev.nnet.ast.Span;
import dev.nnet.diag.DiagnosticCode;

/** Optimizer calls to plans, with the ranges each hyper-parameter must lie in. */
final class Optimizers {
    private Optimizers() {
    }

    static Plan.Optimizer sgd(BoundArguments a, Reporter reporter) {
        double lr = learningRate(a, reporter);
        double momentum = unitInterval(a, "momentum", reporter);
        boolean nesterov = a.bool("nesterov");
        double decay = nonNegative(a, "weight_decay", reporter);
        if (nesterov && momentum == 0 && a.spanOf("nesterov") != null) {
            reporter.error(DiagnosticCode.E0405, a.spanOf("nesterov"), "Nesterov momentum needs a momentum above 0",
                    "needs momentum", "add `momentum: 0.9`, or leave out `nesterov`");
        }
        return new Plan.Optimizer(Plan.OptimizerKind.SGD, lr, momentum, nesterov, decay, 0.9, 0.999, 1e-8);
    }

    static Plan.Optimizer adam(BoundArguments a, Reporter reporter) {
        double lr = learningRate(a, reporter);
        double beta1 = unitInterval(a, "beta1", reporter);
        double beta2 = unitInterval(a, "beta2", reporter);
        double epsilon = a.number("epsilon");
        if (epsilon <= 0 && a.spanOf("epsilon") != null) {
            reporter.error(DiagnosticCode.E0405, a.spanOf("epsilon"), "`epsilon` must be above 0, but it is "
                    + format(epsilon), "must be > 0", "the usual value is 1e-8");
        }
        double decay = nonNegative(a, "weight_decay", reporter);
        return new Plan.Optimizer(Plan.OptimizerKind.ADAM, lr, 0, false, decay, beta1, beta2, epsilon);
    }

    /** The defaults, for an optimizer named without parentheses: {@code optimizer: adam}. */
    static Plan.Optimizer defaults(Word word) {
        return Plan.Optimizer.defaults(word.text);
    }

    private static double learningRate(BoundArguments a, Reporter reporter) {
        double lr = a.number("learning_rate");
        Span span = a.spanOf("learning_rate");
        if (span != null && !(lr > 0)) {
            reporter.error(DiagnosticCode.E0401, span, "the learning rate must be above 0, but it is " + format(lr),
                    "must be > 0", "typical values are 0.001 to 0.5");
        }
        return lr;
    }

    private static double unitInterval(BoundArguments a, String name, Reporter reporter) {
        double v = a.number(name);
        Span span = a.spanOf(name);
        if (span != null && (v < 0 || v >= 1)) {
            reporter.error(DiagnosticCode.E0405, span, "`" + name + "` must be at least 0 and below 1, but it is "
                    + format(v), "must be in [0, 1)");
        }
        return v;
    }

    private static double nonNegative(BoundArguments a, String name, Reporter reporter) {
        double v = a.number(name);
        Span span = a.spanOf(name);
        if (span != null && v < 0) {
            reporter.error(DiagnosticCode.E0405, span, "`" + name + "` must not be negative, but it is " + format(v),
                    "must be >= 0");
        }
        return v;
    }

    static String format(double v) {
        return Plan.number(v);
    }
}
