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
        MSE, BINARY_CROSS_ENTROPY, CROSS_ENTROPY, MAE, HUBER, NLL,
        /** A {@code def} of the prediction and the target that gives one number. */
        CUSTOM;

        /** Losses of a real value (or of class indices as numbers): mse, mae, huber. */
        public boolean regression() {
            return this == MSE || this == MAE || this == HUBER;
        }
    }

    /**
     * What a training minimises: a built-in loss with its parameter ({@code huber(0.5)}'s delta; NaN
     * for the default), or a {@code def} of the prediction and the target ({@code kind} CUSTOM).
     */
    public record Objective(Loss kind, double parameter, dev.nnet.ast.Statement.Def custom) {
        public static Objective of(Loss kind) {
            return new Objective(kind, Double.NaN, null);
        }

        /** {@code cross_entropy}, {@code huber(0.5)}, or the def's name. */
        public String describe() {
            if (custom != null) return custom.name().text();
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            return Double.isNaN(parameter) ? name : name + "(" + number(parameter) + ")";
        }
    }

    public enum Initializer { XAVIER_UNIFORM, XAVIER_NORMAL, HE_UNIFORM, HE_NORMAL, ZEROS, NORMAL, UNIFORM }

    /** An initialiser with its arguments: {@code normal(std)}'s std, {@code uniform(low, high)}'s bounds (NaN when none). */
    public record Init(Initializer kind, double first, double second) {
        public static Init of(Initializer kind) {
            return new Init(kind, Double.NaN, Double.NaN);
        }
    }

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

        /** {@code spirals(...)}, {@code moons(...)}, {@code blobs(...)}, {@code regression(...)}: drawn from the seed. */
        record Generated(String name, int rows, int classes, int features, double noise) implements Source {
        }

        /** {@code idx(images:, labels:)}; the paths are null until resolved against the script's folder. */
        record Idx(Path images, String imagesWritten, Path labels, String labelsWritten) implements Source {
        }
    }

    /** What an empty cell means: the {@code missing} option. */
    public enum Missing { ERROR, DROP, MEAN, ZERO }

    /**
     * A dataset's split: fractions of the rows for each part, or, with {@code folds} of 2 or more,
     * k-fold cross-validation ({@code split: {folds: 5}}), which has no parts (fractions 1, 0, 0).
     */
    public record Split(double train, double validation, double test, int folds) {
        public Split(double train, double validation, double test) {
            this(train, validation, test, 0);
        }

        public boolean crossValidation() {
            return folds > 0;
        }
    }

    public record Dataset(String name, Source source, String target, List<String> features, List<String> classes,
                          Normalization normalize, Split split, long seed, Value.Schema schema, Span span,
                          List<String> drop, Missing missing, boolean shuffle)
            implements Step {
        /** Without {@code drop}, {@code missing} or {@code shuffle}. */
        public Dataset(String name, Source source, String target, List<String> features, List<String> classes,
                       Normalization normalize, Split split, long seed, Value.Schema schema, Span span) {
            this(name, source, target, features, classes, normalize, split, seed, schema, span, List.of(),
                    Missing.ERROR, false);
        }
    }

    /**
     * One line of a model. Shapes are those of one example, without the batch axis: {@code [4]} for
     * four features, {@code [1, 28, 28]} for a one-channel 28x28 image (channels, height, width).
     */
    public sealed interface Layer {
        /** The shape after this layer, given the shape before it (which the checker has found to fit). */
        List<Integer> outputShape(List<Integer> in);

        /** The layer's line in the model block. */
        Span span();

        String describe();
    }

    /** The number of values in a shape: 784 for [1, 28, 28]. */
    public static long size(List<Integer> shape) {
        long n = 1;
        for (int d : shape) n *= d;
        return n;
    }

    /** {@code 1x28x28}, or {@code 4} for a flat shape, as types print shapes. */
    public static String shapeName(List<Integer> shape) {
        return shape.stream().map(String::valueOf).collect(Collectors.joining("x"));
    }

    /**
     * {@code init} null means the default for the activation that follows; {@code custom} is a
     * {@code def} used as the activation (then {@code activation} is LINEAR and the def follows).
     * {@code activationParameter} is leaky_relu's slope or elu's alpha (NaN: the default).
     */
    public record Dense(int units, Activation activation, double activationParameter, dev.nnet.ast.Statement.Def custom,
                        Init init, boolean bias, Span span) implements Layer {
        public List<Integer> outputShape(List<Integer> in) {
            return List.of(units);
        }

        public String describe() {
            String name = custom != null ? custom.name().text() : activationName(activation, activationParameter);
            return "dense(" + units + (activation == Activation.LINEAR && custom == null ? "" : ", activation: "
                    + name) + ")";
        }
    }

    /** {@code conv2d(filters, kernel:, stride:, padding:)} over [channels, height, width] (torch's nn.Conv2d). */
    public record Conv2d(int filters, int kernelHeight, int kernelWidth, int strideHeight, int strideWidth,
                         int paddingHeight, int paddingWidth, Init init, boolean bias, Span span) implements Layer {
        public List<Integer> outputShape(List<Integer> in) {
            return List.of(filters, (in.get(1) + 2 * paddingHeight - kernelHeight) / strideHeight + 1,
                    (in.get(2) + 2 * paddingWidth - kernelWidth) / strideWidth + 1);
        }

        public String describe() {
            return "conv2d(" + filters + ", kernel: " + pair(kernelHeight, kernelWidth)
                    + (strideHeight == 1 && strideWidth == 1 ? "" : ", stride: " + pair(strideHeight, strideWidth))
                    + (paddingHeight == 0 && paddingWidth == 0 ? "" : ", padding: " + pair(paddingHeight, paddingWidth))
                    + ")";
        }
    }

    /** {@code max_pool(size, stride:)} or {@code avg_pool(size, stride:)}: windows over height and width. */
    public record Pool(boolean max, int height, int width, int strideHeight, int strideWidth, Span span)
            implements Layer {
        public List<Integer> outputShape(List<Integer> in) {
            return List.of(in.get(0), (in.get(1) - height) / strideHeight + 1, (in.get(2) - width) / strideWidth + 1);
        }

        public String describe() {
            return (max ? "max_pool(" : "avg_pool(") + pair(height, width)
                    + (strideHeight == height && strideWidth == width ? "" : ", stride: " + pair(strideHeight, strideWidth))
                    + ")";
        }
    }

    /** {@code flatten}: every value of an example in one row, row-major. */
    public record Flatten(Span span) implements Layer {
        public List<Integer> outputShape(List<Integer> in) {
            return List.of((int) size(in));
        }

        public String describe() {
            return "flatten";
        }
    }

    /** {@code reshape([...])}: the same values (row-major) in another shape. */
    public record Reshape(List<Integer> shape, Span span) implements Layer {
        public Reshape {
            shape = List.copyOf(shape);
        }

        public List<Integer> outputShape(List<Integer> in) {
            return shape;
        }

        public String describe() {
            return "reshape(" + shape + ")";
        }
    }

    /** {@code dropout(rate)}: zeroes a fraction of values while training (seeded), the identity otherwise. */
    public record Dropout(double rate, Span span) implements Layer {
        public List<Integer> outputShape(List<Integer> in) {
            return in;
        }

        public String describe() {
            return "dropout(" + number(rate) + ")";
        }
    }

    /**
     * {@code batch_norm} (per channel: the first axis of an example) or {@code layer_norm} (over the
     * last axis): normalisation with a learned scale and shift.
     */
    public record NormLayer(boolean batch, Span span) implements Layer {
        public List<Integer> outputShape(List<Integer> in) {
            return in;
        }

        /** The size of its scale (and of its shift). */
        public int features(List<Integer> in) {
            return batch ? in.get(0) : in.get(in.size() - 1);
        }

        public String describe() {
            return batch ? "batch_norm" : "layer_norm";
        }
    }

    /** An activation as a layer; {@code parameter} is leaky_relu's slope or elu's alpha (NaN: the default). */
    public record ActivationLayer(Activation activation, double parameter, Span span) implements Layer {
        public List<Integer> outputShape(List<Integer> in) {
            return in;
        }

        public String describe() {
            return activationName(activation, parameter);
        }
    }

    /** A {@code def} of one tensor as a layer of its own; it keeps the shape (checked). */
    public record DefLayer(dev.nnet.ast.Statement.Def def, Span span) implements Layer {
        public List<Integer> outputShape(List<Integer> in) {
            return in;
        }

        public String describe() {
            return def.name().text();
        }
    }

    static String activationName(Activation a, double parameter) {
        String name = a.name().toLowerCase(java.util.Locale.ROOT);
        return Double.isNaN(parameter) ? name : name + "(" + number(parameter) + ")";
    }

    private static String pair(int a, int b) {
        return a == b ? Integer.toString(a) : "[" + a + ", " + b + "]";
    }

    /** {@code inputShape} is one example's: [4] for four features, [1, 28, 28] for an image. */
    public record Model(String name, List<Integer> inputShape, List<Layer> layers, Span span) implements Step {
        public Model {
            inputShape = List.copyOf(inputShape);
            layers = List.copyOf(layers);
        }

        /** The number of values of one example: a dataset row of this many features feeds the model. */
        public int inputWidth() {
            return (int) size(inputShape);
        }

        /** The shape of one example after each layer, the input's first: one more than the layers. */
        public List<List<Integer>> shapes() {
            List<List<Integer>> shapes = new java.util.ArrayList<>();
            List<Integer> shape = inputShape;
            shapes.add(shape);
            for (Layer layer : layers) {
                shape = layer.outputShape(shape);
                shapes.add(shape);
            }
            return shapes;
        }

        /** The width of one output (the checker makes sure a model ends flat). */
        public int outputWidth() {
            List<List<Integer>> shapes = shapes();
            return (int) size(shapes.get(shapes.size() - 1));
        }

        /**
         * {@code Model[4 -> 8 -> 1]}: the shape after every layer with weights, and after every
         * other layer that changes the shape ({@code Model[1x8x8 -> 4x6x6 -> 4x3x3 -> 36 -> 10]}).
         */
        public String typeName() {
            StringBuilder out = new StringBuilder().append(shapeName(inputShape));
            List<Integer> shape = inputShape;
            for (Layer layer : layers) {
                List<Integer> next = layer.outputShape(shape);
                if (layer instanceof Dense || layer instanceof Conv2d || !next.equals(shape)) {
                    out.append(" -> ").append(shapeName(next));
                }
                shape = next;
            }
            return "Model[" + out + "]";
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
    public record Train(String model, DataRef data, Objective objective, Optimizer optimizer, int epochs,
                        int batchSize, long seed, DataRef validation, List<Metric> metrics, Control control, Span span)
            implements Step {
        /** The kind of loss: CUSTOM for a def. */
        public Loss loss() {
            return objective.kind();
        }
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
    public record Control(Schedule schedule, double clipGradNorm, EarlyStopping earlyStopping, String history,
                          Checkpoint checkpoint, Progress progress) {
        public static final Control NONE = new Control(null, 0, null, null, null, Progress.AUTO);

        public Control(Schedule schedule, double clipGradNorm, EarlyStopping earlyStopping, String history) {
            this(schedule, clipGradNorm, earlyStopping, history, null, Progress.AUTO);
        }
    }

    /** Save the training state to {@code path} (absolute) after every {@code every} epochs, to resume from. */
    public record Checkpoint(String path, int every) {
    }

    /**
     * How {@code train} shows its progress: {@code auto} is a bar on a terminal and lines otherwise,
     * {@code bar} a live bar, {@code lines} one line per epoch, {@code none} only the final summary.
     */
    public enum Progress {
        AUTO, BAR, LINES, NONE;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The mode written as {@code word}, or null when it is none of them. */
        public static Progress named(String word) {
            for (Progress p : values()) if (p.word().equals(word)) return p;
            return null;
        }

        public static List<String> words() {
            return java.util.Arrays.stream(values()).map(Progress::word).toList();
        }
    }

    public record Evaluate(String model, DataRef data, Loss loss, List<Metric> metrics, Span span) implements Step {
    }

    /**
     * Rows of raw (unnormalised) feature values, or a dataset to predict every row of; {@code output}
     * is the CSV file to write the predictions to (with a dataset), or null to print them.
     */
    public record Predict(String model, List<double[]> rows, DataRef data, Path output, Span span) implements Step {
    }

    /**
     * {@code model name = load("file")}: the architecture read from the file's header at check time;
     * the weights, classes and normalisation are read when the step runs.
     */
    public record LoadModel(Model model, Path file, String asWritten, Span span) implements Step {
    }

    /** {@code save model to "file"}; {@code scriptSha256} is the provenance written into the file. */
    public record Save(String model, Path file, String asWritten, String scriptSha256, Span span) implements Step {
    }

    /** The picture formats of {@code plot}, chosen by the file's extension. */
    public enum PlotFormat { PNG, SVG }

    /**
     * {@code plot model to "file" { metrics:, size:, title: }}: the curves of the model's last
     * training, one panel per metric (its training and, with validation, its validation values per
     * epoch); {@code title} null for the default, which names the model and its training data.
     */
    public record Plot(String model, Path file, String asWritten, PlotFormat format, List<Metric> metrics, int width,
                       int height, String title, Span span) implements Step {
        public Plot {
            metrics = List.copyOf(metrics);
        }
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
