package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Option;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.text.Suggestions;
import java.util.List;

/**
 * Checks {@code early_stopping: {monitor: "val_loss", patience: 5, min_delta: 0, restore: best}}.
 * The record is read field by field from the script, since {@code restore} takes the words
 * {@code best} and {@code last}, which are not names of anything.
 */
final class EarlyStoppingRules {
    static final List<String> FIELDS = List.of("monitor", "patience", "min_delta", "restore");
    static final int DEFAULT_PATIENCE = 5;

    private EarlyStoppingRules() {
    }

    /** Null when absent or wrong (reported). */
    static Plan.EarlyStopping check(Context cx, Option o, TrainingRules rules, List<Plan.Metric> metrics,
                                    boolean validation) {
        if (o == null) return null;
        if (!(o.value() instanceof Expr.RecordLiteral record)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`early_stopping` must be a record such as "
                    + "{monitor: \"val_loss\", patience: 5}", "expected {monitor: ..., patience: ...}");
            return null;
        }
        if (!validation) {
            cx.reporter.error(DiagnosticCode.E0209, o.name().span(), "`early_stopping` watches the validation set, "
                    + "so `train` needs the option `validation`", "needs `validation`",
                    "add `validation: data.validation` (a part of the dataset's split) to the block");
            return null;
        }
        String monitor = "";
        dev.nnet.ast.Span monitorSpan = o.value().span();
        long patience = DEFAULT_PATIENCE;
        double minDelta = 0;
        boolean restoreBest = true;
        boolean ok = true;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Option field : record.fields()) {
            String name = field.name().text();
            if (!seen.add(name)) {
                cx.reporter.fieldGivenTwice(field);
                ok = false;
                continue;
            }
            switch (name) {
                case "monitor" -> {
                    Value v = cx.evaluator.eval(field.value());
                    if (v instanceof Value.StringValue s) {
                        monitor = s.value();
                        monitorSpan = field.value().span();
                    } else {
                        ok = wrongType(cx, field, v, "a string such as \"val_loss\"");
                    }
                }
                case "patience" -> {
                    Value v = cx.evaluator.eval(field.value());
                    if (!(v instanceof Value.IntValue i)) {
                        ok = wrongType(cx, field, v, "a whole number of epochs");
                    } else if (i.value() < 1) {
                        cx.reporter.error(DiagnosticCode.E0412, field.value().span(), "`patience` must be at least 1 "
                                + "epoch, but it is " + i.value(), "must be >= 1");
                        ok = false;
                    } else {
                        patience = i.value();
                    }
                }
                case "min_delta" -> {
                    Value v = cx.evaluator.eval(field.value());
                    if (!Evaluator.isNumber(v)) {
                        ok = wrongType(cx, field, v, "a number");
                    } else if (Evaluator.asDouble(v) < 0) {
                        cx.reporter.error(DiagnosticCode.E0412, field.value().span(), "`min_delta` must not be "
                                + "negative, but it is " + Plan.number(Evaluator.asDouble(v)), "must be >= 0",
                                "it is how much the monitored value must improve by to count as better");
                        ok = false;
                    } else {
                        minDelta = Evaluator.asDouble(v);
                    }
                }
                case "restore" -> {
                    if (field.value() instanceof Expr.Name n && (n.name().equals("best") || n.name().equals("last"))) {
                        restoreBest = n.name().equals("best");
                    } else {
                        cx.reporter.error(DiagnosticCode.E0303, field.value().span(), "`restore` is `best` (the "
                                + "weights of the best epoch) or `last` (those of the last epoch run)",
                                "expected `best` or `last`");
                        ok = false;
                    }
                }
                default -> {
                    String help = Suggestions.closest(name, FIELDS).map(g -> "did you mean `" + g + "`?")
                            .orElse("the fields are " + Plan.joinWords(FIELDS));
                    cx.reporter.error(DiagnosticCode.E0204, field.name().span(), "`early_stopping` has no field `"
                            + name + "`", "unknown field", help);
                    ok = false;
                }
            }
        }
        if (!ok || metrics == null) return null;
        String watched = rules.monitor(monitor, monitorSpan, metrics, true, "early_stopping");
        if (watched == null) return null;
        return new Plan.EarlyStopping(watched, (int) Math.min(patience, Integer.MAX_VALUE), minDelta, restoreBest);
    }

    private static boolean wrongType(Context cx, Option field, Value v, String wanted) {
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, field.value().span(), "`" + field.name().text() + "` must be "
                    + wanted + ", but this is " + Evaluator.describe(v), "wrong type");
        }
        return false;
    }
}
