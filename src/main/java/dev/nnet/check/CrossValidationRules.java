package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Option;
import dev.nnet.ast.Span;
import dev.nnet.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks k-fold cross-validation: {@code split: {folds: 5}} on a dataset, and a {@code train} on
 * such a dataset. Each fold is held out once while a fresh copy of the model trains on the others,
 * so every row is used for both; fractions of train, validation or test have no place beside it.
 */
final class CrossValidationRules {
    private CrossValidationRules() {
    }

    /** {@code {folds: k}}: k a whole number of at least 2, alone in the record; null when wrong (reported). */
    static Plan.Split split(Context cx, Value.RecordValue record, Expr written) {
        boolean ok = true;
        for (Map.Entry<String, Value> field : record.fields().entrySet()) {
            String name = field.getKey();
            if (name.equals("folds")) continue;
            Span span = DatasetRules.fieldSpan(written, name);
            if (List.of("train", "validation", "test").contains(name)) {
                cx.reporter.error(DiagnosticCode.E0423, span, "`folds` and a `" + name + "` fraction do not go "
                        + "together: with folds, every row is trained on in some folds and held out in one",
                        "not with folds", "keep `{folds: k}` alone, or split into parts without folds: "
                                + "`{train: 0.8, test: 0.2}`");
            } else {
                cx.reporter.error(DiagnosticCode.E0204, span, "a split has no part `" + name + "`", "unknown part",
                        "a k-fold split is `{folds: 5}`");
            }
            ok = false;
        }
        Value folds = record.fields().get("folds");
        Span span = DatasetRules.fieldSpan(written, "folds");
        if (folds instanceof Value.Invalid) return null;
        if (!(folds instanceof Value.IntValue k)) {
            cx.reporter.error(DiagnosticCode.E0303, span, "`folds` must be a whole number, but this is "
                    + Evaluator.describe(folds), "expected a whole number", "for example `split: {folds: 5}`");
            return null;
        }
        if (k.value() < 2) {
            cx.reporter.error(DiagnosticCode.E0421, span, "cross-validation needs at least 2 folds, but `folds` is "
                    + k.value(), "must be >= 2", "5 or 10 folds are usual: `split: {folds: 5}`");
            return null;
        }
        if (!ok) return null;
        return new Plan.Split(1, 0, 0, (int) Math.min(k.value(), Integer.MAX_VALUE));
    }

    /**
     * E0520 for more folds than rows (a fold would hold out nothing); W0150 for a class with fewer
     * rows than folds, which leaves some folds without it. False when the folds cannot be drawn.
     */
    static boolean foldsFit(Context cx, Value.Schema schema, int folds, Option at) {
        Span span = DatasetRules.fieldSpan(at.value(), "folds");
        if (folds > schema.rows()) {
            cx.reporter.error(DiagnosticCode.E0520, span, folds + " folds need at least " + folds + " rows, but the "
                    + "data has " + schema.rows(), "more folds than rows", "use at most " + schema.rows() + " folds "
                            + "(one per row is leave-one-out)");
            return false;
        }
        if (!schema.classification() || schema.classCounts().isEmpty()) return true;
        List<String> rare = new ArrayList<>();
        for (int c = 0; c < schema.classes().size(); c++) {
            int rows = schema.classCounts().get(c);
            if (rows < folds) rare.add(schema.classes().get(c) + " (" + rows + (rows == 1 ? " row)" : " rows)"));
        }
        if (!rare.isEmpty()) {
            cx.reporter.warning(DiagnosticCode.W0150, span, "with " + folds + " folds, some folds hold out no row of "
                    + (rare.size() == 1 ? "class " : "classes ") + String.join(", ", rare), "fewer rows than folds",
                    "each class is dealt to the folds in turn, so a class with fewer rows than folds misses some of "
                            + "them; use fewer folds, or more data");
        }
        return true;
    }

    /** E0424: the held-out fold is the validation of each fold; another set beside it has no place. */
    static void noValidation(Context cx, Option validation, String dataset, int folds) {
        cx.reporter.error(DiagnosticCode.E0424, validation.value().span(), "`" + dataset + "` is split into " + folds
                + " folds: each fold's model is measured on the fold held out, so `validation` has no place here",
                "not with folds", "remove `validation`; to watch a validation set while training, split the "
                        + "dataset into parts instead: `split: {train: 0.8, validation: 0.2}`");
    }
}
