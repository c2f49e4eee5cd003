package dev.nnet.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in words of the language: layers, activations, losses, optimizers, sources,
 * normalisations, metrics and initialisers. They are names, not keywords, so that a misspelt one
 * gets a "did you mean" and the list can grow without touching the grammar.
 */
public enum Word {
    // Activations are also layers of their own.
    SIGMOID("sigmoid", Category.ACTIVATION),
    TANH("tanh", Category.ACTIVATION),
    RELU("relu", Category.ACTIVATION),
    SOFTMAX("softmax", Category.ACTIVATION),
    LOG_SOFTMAX("log_softmax", Category.ACTIVATION),
    LINEAR("linear", Category.ACTIVATION),
    LEAKY_RELU("leaky_relu", Category.ACTIVATION),
    ELU("elu", Category.ACTIVATION),
    GELU("gelu", Category.ACTIVATION),
    SILU("silu", Category.ACTIVATION),
    SOFTPLUS("softplus", Category.ACTIVATION),
    DROPOUT("dropout", Category.LAYER),
    BATCH_NORM("batch_norm", Category.LAYER),
    LAYER_NORM("layer_norm", Category.LAYER),
    DENSE("dense", Category.LAYER),
    CONV2D("conv2d", Category.LAYER),
    MAX_POOL("max_pool", Category.LAYER),
    AVG_POOL("avg_pool", Category.LAYER),
    FLATTEN("flatten", Category.LAYER),
    RESHAPE("reshape", Category.LAYER),
    MSE("mse", Category.LOSS),
    BINARY_CROSS_ENTROPY("binary_cross_entropy", Category.LOSS),
    CROSS_ENTROPY("cross_entropy", Category.LOSS),
    MAE("mae", Category.LOSS),
    HUBER("huber", Category.LOSS),
    NLL("nll", Category.LOSS),
    SGD("sgd", Category.OPTIMIZER),
    ADAM("adam", Category.OPTIMIZER),
    ADAMW("adamw", Category.OPTIMIZER),
    ADAGRAD("adagrad", Category.OPTIMIZER),
    RMSPROP("rmsprop", Category.OPTIMIZER),
    RPROP("rprop", Category.OPTIMIZER),
    CSV("csv", Category.SOURCE),
    IRIS("iris", Category.SOURCE),
    STANDARD("standard", Category.NORMALIZATION),
    MINMAX("minmax", Category.NORMALIZATION),
    NONE("none", Category.NORMALIZATION),
    ACCURACY("accuracy", Category.METRIC),
    LOSS("loss", Category.METRIC),
    PRECISION("precision", Category.METRIC),
    RECALL("recall", Category.METRIC),
    F1("f1", Category.METRIC),
    CONFUSION_MATRIX("confusion_matrix", Category.METRIC),
    ROC_AUC("roc_auc", Category.METRIC),
    R2("r2", Category.METRIC),
    XAVIER_UNIFORM("xavier_uniform", Category.INITIALIZER),
    XAVIER_NORMAL("xavier_normal", Category.INITIALIZER),
    HE_UNIFORM("he_uniform", Category.INITIALIZER),
    HE_NORMAL("he_normal", Category.INITIALIZER),
    ZEROS("zeros", Category.INITIALIZER),
    NORMAL("normal", Category.INITIALIZER),
    UNIFORM("uniform", Category.INITIALIZER),
    XOR("xor", Category.SOURCE),
    SPIRALS("spirals", Category.SOURCE),
    MOONS("moons", Category.SOURCE),
    BLOBS("blobs", Category.SOURCE),
    REGRESSION("regression", Category.SOURCE),
    IDX("idx", Category.SOURCE),
    /** {@code model m = load("m.safetensors")}: the source of a model rather than of data. */
    LOAD("load", Category.SOURCE),
    SUM("sum", Category.FUNCTION),
    MEAN("mean", Category.FUNCTION),
    EXP("exp", Category.FUNCTION),
    LOG("log", Category.FUNCTION),
    FULL("full", Category.BATCH_SIZE),
    // `step` is a keyword (the `step opt on net` statement), so the step schedule is `step_decay`.
    STEP_DECAY("step_decay", Category.SCHEDULE),
    EXPONENTIAL("exponential", Category.SCHEDULE),
    COSINE("cosine", Category.SCHEDULE),
    WARMUP("warmup", Category.SCHEDULE),
    REDUCE_ON_PLATEAU("reduce_on_plateau", Category.SCHEDULE);

    public enum Category {
        ACTIVATION("an activation"), LAYER("a layer"), LOSS("a loss"), OPTIMIZER("an optimizer"),
        SOURCE("a data source"), NORMALIZATION("a normalisation"), METRIC("a metric"),
        INITIALIZER("an initialiser"), BATCH_SIZE("a batch size"), FUNCTION("a tensor function"),
        SCHEDULE("a learning-rate schedule");

        public final String phrase;

        Category(String phrase) {
            this.phrase = phrase;
        }
    }

    public final String text;
    public final Category category;

    Word(String text, Category category) {
        this.text = text;
        this.category = category;
    }

    public static Optional<Word> named(String text) {
        return Arrays.stream(values()).filter(w -> w.text.equals(text)).findFirst();
    }

    /** The words usable where a thing of {@code category} is expected (activations are layers too). */
    public static List<String> textsOf(Category category) {
        List<String> texts = new ArrayList<>();
        for (Word w : values()) {
            if (w.is(category)) {
                texts.add(w.text);
            }
        }
        return texts;
    }

    public static List<String> allTexts() {
        return Arrays.stream(values()).map(w -> w.text).toList();
    }

    /** Activations are layers too, and the losses `mse` and `mae` are also metrics. */
    public boolean is(Category c) {
        return category == c || (c == Category.LAYER && category == Category.ACTIVATION)
                || (c == Category.METRIC && (this == MSE || this == MAE));
    }
}
