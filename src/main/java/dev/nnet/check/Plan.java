package dev.nnet.check;

import dev.nnet.ast.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A checked script, ready to run: every name resolved, every option given its value or its
 * default, every shape known. The runtime executes these steps in order and never has to look at
 * the syntax again. Each step keeps the span of its statement, for messages while it runs.
 */
public record Plan(List<Step> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }

    public sealed interface Step {
        Span span();
    }

    public enum Partition {
        ALL("all"), TRAIN("train"), VALIDATION("validation"), TEST("test");

        public final String word;

        Partition(String word) {
            this.word = word;
        }
    }

    public enum Activation { SIGMOID, TANH, RELU, SOFTMAX, LOG_SOFTMAX, LINEAR, LEAKY_RELU, ELU, GELU, SILU, SOFTPLUS }

    public enum Loss {
        MSE, BINARY_CROSS_ENTROPY, CROSS_ENTROPY, MAE, HUBER, NLL;

        /** Losses of a real value (or of class indices as numbers): mse, mae, huber. */
        public boolean regression() {
            return this == MSE || this == MAE || this == HUBER;
        }
    }

    public enum Initializer { XAVIER_UNIFORM, XAVIER_NORMAL, HE_UNIFORM, HE_NORMAL, ZEROS }

    public enum Normalization { NONE, STANDARD, MINMAX }

    /** What a metric measures against: class targets, real-valued ones, or either (the loss). */
    public enum Metric {
        ACCURACY, LOSS, PRECISION, RECALL, F1, CONFUSION_MATRIX, ROC_AUC, MSE, MAE, R2;

        public boolean forClasses() {
            return this == ACCURACY || this == PRECISION || this == RECALL || this == F1 || this == CONFUSION_MATRIX
                    || this == ROC_AUC;
        }

        public boolean forRealValues() {
            return this == MSE || this == MAE || this == R2;
        }

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether a larger value of a measured name (`loss`, `val_f1`...) is the better one. */
        public static boolean higherIsBetter(String measured) {
            String name = measured.startsWith("val_") ? measured.substring(4) : measured;
            return !(name.equals("loss") || name.equals("mse") || name.equals("mae"));
        }
    }

    public sealed interface Source {
        record CsvFile(Path path, String asWritten) implements Source {
        }

        record Builtin(String name) implements Source {
        }
    }

    public record Split(double train, double validation, double test) {
    }

    public record Dataset(String name, Source source, String target, List<String> features, List<String> classes,
                          Normalization normalize, Split split, long seed, Value.Schema schema, Span span)
            implements Step {
    }

    public sealed interface Layer {
        /** The width of one example after this layer, given the width before it. */
        int outputWidth(int inputWidth);

        /** The layer's line in the model block. */
        Span span();

        String describe();
    }

    /**
     * {@code init} null means the default for the activation that follows; {@code custom} is a
     * {@code def} used as the activation (then {@code activation} is LINEAR and the def follows).
     */
    public record Dense(int units, Activation activation, dev.nnet.ast.Statement.Def custom, Initializer init,
                        boolean bias, Span span) implements Layer {
        public int outputWidth(int inputWidth) {
            return units;
        }

        public String describe() {
            String name = custom != null ? custom.name().text() : activation.name().toLowerCase();
            return "dense(" + units + (activation == Activation.LINEAR && custom == null ? "" : ", activation: "
                    + name) + ")";
        }
    }

    /** {@code dropout(rate)}: zeroes a fraction of values while training (seeded), the identity otherwise. */
    public record Dropout(double rate, Span span) implements Layer {
        public int outputWidth(int inputWidth) {
            return inputWidth;
        }

        public String describe() {
            return "dropout(" + number(rate) + ")";
        }
    }

    /** {@code batch_norm} or {@code layer_norm}: normalisation with a learned scale and shift. */
    public record NormLayer(boolean batch, Span span) implements Layer {
        public int outputWidth(int inputWidth) {
            return inputWidth;
        }

        public String describe() {
            return batch ? "batch_norm" : "layer_norm";
        }
    }

    public record ActivationLayer(Activation activation, Span span) implements Layer {
        public int outputWidth(int inputWidth) {
            return inputWidth;
        }

        public String describe() {
            return activation.name().toLowerCase();
        }
    }

    public record Model(String name, int inputWidth, List<Layer> layers, Span span) implements Step {
        public int outputWidth() {
            int width = inputWidth;
            for (Layer layer : layers) width = layer.outputWidth(width);
            return width;
        }

        /** {@code Model[4 -> 8 -> 1]}: the width after each layer that changes it. */
        public String typeName() {
            StringBuilder widths = new StringBuilder().append(inputWidth);
            int width = inputWidth;
            for (Layer layer : layers) {
                int next = layer.outputWidth(width);
                if (layer instanceof Dense) widths.append(" -> ").append(next);
                width = next;
            }
            return "Model[" + widths + "]";
        }

        public Activation finalActivation() {
            for (int i = layers.size() - 1; i >= 0; i--) {
                Layer layer = layers.get(i);
                if (layer instanceof ActivationLayer a && a.activation() != Activation.LINEAR) return a.activation();
                if (layer instanceof ActivationLayer || layer instanceof Dropout) continue;
                if (!(layer instanceof Dense)) return Activation.LINEAR;
                if (((Dense) layer).custom() != null) return Activation.LINEAR;
                return ((Dense) layer).activation();
            }
            return Activation.LINEAR;
        }
    }

    public record DataRef(String dataset, Partition partition) {
        public String displayName() {
            return partition == Partition.ALL ? dataset : dataset + "." + partition.word;
        }
    }

    public enum OptimizerKind {
        SGD, ADAM, ADAMW, ADAGRAD, RMSPROP, RPROP;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * An optimizer and its settings, each named as the script names it ({@code learning_rate},
     * {@code momentum}...), every one given its value or its default. Numbers are Doubles, flags Booleans.
     */
    public record Optimizer(OptimizerKind kind, java.util.Map<String, Object> settings) {
        public Optimizer {
            settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        }

        public double number(String name) {
            return ((Number) settings.get(name)).doubleValue();
        }

        public boolean flag(String name) {
            return (Boolean) settings.get(name);
        }

        public double learningRate() {
            return number("learning_rate");
        }

        /** The defaults, for an optimizer named without parentheses: {@code optimizer: adam}. */
        public static Optimizer defaults(String name) {
            return OptimizerDefaults.of(OptimizerKind.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
        }

        /** {@code sgd(learning_rate: 0.5, momentum: 0.9)}: the learning rate and what differs from the defaults. */
        public String describe() {
            Optimizer defaults = OptimizerDefaults.of(kind);
            List<String> parts = new java.util.ArrayList<>();
            for (var e : settings.entrySet()) {
                if (e.getKey().equals("learning_rate") || !e.getValue().equals(defaults.settings().get(e.getKey()))) {
                    Object v = e.getValue();
                    parts.add(e.getKey() + ": " + (v instanceof Double d ? Plan.number(d) : v));
                }
            }
            return kind.word() + "(" + String.join(", ", parts) + ")";
        }
    }

    /** {@code batchSize} 0 means the whole training set in one batch. */
    public record Train(String model, DataRef data, Loss loss, Optimizer optimizer, int epochs, int batchSize,
                        long seed, DataRef validation, List<Metric> metrics, Control control, Span span)
            implements Step {
    }

    public enum ScheduleKind {
        STEP_DECAY, EXPONENTIAL, COSINE, WARMUP, REDUCE_ON_PLATEAU;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A learning-rate schedule and its settings as the script names them, each given its value or
     * default (numbers as Doubles); {@code monitor} is what reduce_on_plateau watches, else null.
     */
    public record Schedule(ScheduleKind kind, java.util.Map<String, Double> settings, String monitor) {
        public double number(String name) {
            return settings.get(name);
        }

        public String describe() {
            List<String> parts = new java.util.ArrayList<>();
            if (monitor != null) parts.add("monitor: \"" + monitor + "\"");
            settings.forEach((k, v) -> parts.add(k + ": " + Plan.number(new java.math.BigDecimal(v)
                    .round(new java.math.MathContext(6)).doubleValue())));
            return kind.word() + "(" + String.join(", ", parts) + ")";
        }
    }

    /** Stop when {@code monitor} has not improved by {@code minDelta} for {@code patience} epochs. */
    public record EarlyStopping(String monitor, int patience, double minDelta, boolean restoreBest) {
    }

    /**
     * How a training run is steered and reported, beyond its loss and optimizer: each part null (or
     * 0 for the clipping norm) when the script does not ask for it.
     */
    public record Control(Schedule schedule, double clipGradNorm, EarlyStopping earlyStopping, String history) {
        public static final Control NONE = new Control(null, 0, null, null);
    }

    public record Evaluate(String model, DataRef data, Loss loss, List<Metric> metrics, Span span) implements Step {
    }

    /** Rows of raw (unnormalised) feature values, or a dataset to predict every row of. */
    public record Predict(String model, List<double[]> rows, DataRef data, Span span) implements Step {
    }

    /** What {@code print} shows: text the checker could render, or an expression known only while running. */
    public sealed interface PrintPart {
        record Text(String text) implements PrintPart {
        }

        record Computed(dev.nnet.ast.Expr expr) implements PrintPart {
        }
    }

    public record Print(List<PrintPart> parts, Span span) implements Step {
        /** The text when every part is known before running, else null. */
        public String constantText() {
            StringBuilder out = new StringBuilder();
            for (PrintPart part : parts) {
                if (!(part instanceof PrintPart.Text t)) return null;
                if (out.length() > 0) out.append(' ');
                out.append(t.text());
            }
            return out.toString();
        }
    }

    /**
     * {@code let name = value}. {@code constant} is the value when the checker knows it (then the
     * runtime uses it as it is); null when only running can tell (a tensor, a loop variable).
     */
    public record Let(String name, dev.nnet.ast.Expr value, Value constant, Span span) implements Step {
    }

    public record Def(dev.nnet.ast.Statement.Def def, Span span) implements Step {
    }

    public record For(String variable, dev.nnet.ast.Expr iterable, List<Step> body, Span span) implements Step {
        public For {
            body = List.copyOf(body);
        }
    }

    public record If(dev.nnet.ast.Expr condition, List<Step> then, List<Step> otherwise, Span span) implements Step {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    public record Backward(dev.nnet.ast.Expr loss, Span span) implements Step {
    }

    /** {@code step optimizer on model}. */
    public record Update(dev.nnet.ast.Expr optimizer, String model, Span span) implements Step {
    }

    /** A number as a person writes it: 1000000 rather than 1000000.0 or 1.0E6. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    static String joinWords(List<String> words) {
        return words.stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
    }
}
