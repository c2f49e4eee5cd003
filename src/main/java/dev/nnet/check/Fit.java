package dev.nnet.check;

import dev.nnet.ast.Span;
import dev.nnet.diag.DiagnosticCode;
import java.util.List;

/**
 * Does a model fit a dataset and a loss? The checks every Keras user has met at run time: the
 * dataset's width against the model's input, the target's kind against the loss, and the model's
 * output width against the classes.
 */
final class Fit {
    private Fit() {
    }

    /**
     * The dataset's examples against the model's input. They fit when they have as many values: a
     * row of 64 feature columns feeds {@code input [1, 8, 8]}, read row by row (row-major). A
     * dataset whose examples have a shape of their own (images) must match an input with a shape
     * exactly, since [28, 28, 1] and [1, 28, 28] hold the same number of values in another order.
     * False when they do not fit (reported).
     */
    static boolean width(Context cx, Plan.Model model, Span modelSpan, Value.DatasetValue data) {
        Value.Schema schema = data.schema();
        List<Integer> input = model.inputShape();
        boolean shaped = schema.featureShape().size() > 1 && input.size() > 1;
        if (schema.width() == model.inputWidth() && (!shaped || schema.featureShape().equals(input))) return true;
        if (shaped || input.size() > 1 || schema.featureShape().size() > 1) {
            String expects = "examples of " + Plan.shapeName(input) + " (" + model.inputWidth() + " values)";
            String has = schema.featureShape().size() > 1 ? "examples of " + schema.shapeName() + " ("
                    + schema.width() + " values)" : features(schema.width());
            cx.reporter.error(DiagnosticCode.E0301, modelSpan, "model `" + model.name() + "` expects " + expects
                    + ", but `" + data.displayName() + "` has " + has, "expects " + Plan.shapeName(input), schema.width()
                    == model.inputWidth() ? "the same values in another order: write `input "
                    + schema.featureShape() + "`" : "the model's input must hold " + schema.width() + " values, "
                    + "such as `input " + LayerShapes.suggest(schema.featureShape()) + "`: a row of features is "
                    + "read into the input's shape row by row");
            return false;
        }
        cx.reporter.error(DiagnosticCode.E0301, modelSpan, "model `" + model.name() + "` expects "
                + features(model.inputWidth()) + ", but `" + data.displayName() + "` has " + schema.width(),
                "expects " + features(model.inputWidth()),
                "the dataset's feature columns are " + String.join(", ", schema.features()));
        return false;
    }

    private static String features(int n) {
        return n == 1 ? "1 input feature" : n + " input features";
    }

    /** The loss against the target and the model's output; false when they do not fit (reported). */
    static boolean loss(Context cx, Plan.Model model, Span modelSpan, Value.DatasetValue data, Plan.Loss loss,
                        Span lossSpan) {
        Value.Schema schema = data.schema();
        String lossName = loss.name().toLowerCase();
        int out = model.outputWidth();
        String outputs = out == 1 ? "1 output" : out + " outputs";
        if (!schema.classification()) {
            if (!loss.regression() && loss != Plan.Loss.CUSTOM) {
                cx.reporter.error(DiagnosticCode.E0304, lossSpan, "`" + lossName + "` needs a class target, but `"
                        + data.displayName() + "` has a real-valued target `" + schema.target() + "`",
                        "needs classes", "use `mse`, `mae` or `huber` for a real-valued target, or list the classes "
                                + "in the dataset with `classes: [...]`");
                return false;
            }
            if (out != 1) {
                cx.reporter.error(DiagnosticCode.E0302, modelSpan, "model `" + model.name() + "` gives " + outputs
                        + ", but the target `" + schema.target() + "` is one number", "gives " + outputs,
                        "end the model with `dense(1)`");
                return false;
            }
            return true;
        }
        int k = schema.classes().size();
        String classList = String.join(", ", schema.classes());
        switch (loss) {
            case CROSS_ENTROPY, NLL -> {
                if (out != k) {
                    cx.reporter.error(DiagnosticCode.E0302, modelSpan, "model `" + model.name() + "` gives " + outputs
                            + ", but `" + lossName + "` on `" + data.displayName() + "` needs one per class: " + k
                            + " (" + classList + ")", "gives " + outputs,
                            "end the model with `dense(" + k + ", activation: softmax)`");
                    return false;
                }
            }
            case BINARY_CROSS_ENTROPY -> {
                if (k != 2) {
                    cx.reporter.error(DiagnosticCode.E0304, lossSpan, "`binary_cross_entropy` needs exactly two "
                            + "classes, but `" + data.displayName() + "` has " + k + " (" + classList + ")",
                            "needs two classes", "use `cross_entropy` with `dense(" + k + ", activation: softmax)`, "
                                    + "or keep two classes with `classes: [...]` in the dataset");
                    return false;
                }
                if (out != 1) {
                    cx.reporter.error(DiagnosticCode.E0302, modelSpan, "model `" + model.name() + "` gives " + outputs
                            + ", but `binary_cross_entropy` needs 1 (the probability of `" + schema.classes().get(1)
                            + "`)", "gives " + outputs, "end the model with `dense(1, activation: sigmoid)`");
                    return false;
                }
            }
            case MSE, MAE, HUBER, CUSTOM -> {
                if (out != k && !(k == 2 && out == 1)) {
                    cx.reporter.error(DiagnosticCode.E0302, modelSpan, "model `" + model.name() + "` gives " + outputs
                            + ", but " + (loss == Plan.Loss.CUSTOM ? "a loss of its own" : "`" + lossName + "`")
                            + " on " + k + " classes needs " + (k == 2 ? "1 or 2" : Integer.toString(k)),
                            "gives " + outputs, "end the model with `dense(" + (k == 2 ? 1 : k) + ")`");
                    return false;
                }
            }
        }
        return true;
    }
}
