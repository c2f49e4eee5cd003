package dev.nnet.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an expression means, as far as the checker can know it before anything runs. In the
 * language as it is now every value is known at check time, so the checker can test ranges and
 * shapes exactly; {@link Invalid} stands for a value whose mistake was already reported, so that
 * one mistake gives one diagnostic.
 */
public sealed interface Value {

    /** The type as the user sees it: {@code Int}, {@code Dataset[4 -> Classes(a, b)]}, ... */
    String typeName();

    record IntValue(long value) implements Value {
        public String typeName() {
            return "Int";
        }
    }

    record FloatValue(double value) implements Value {
        public String typeName() {
            return "Float";
        }
    }

    record StringValue(String value) implements Value {
        public String typeName() {
            return "String";
        }
    }

    record BoolValue(boolean value) implements Value {
        public String typeName() {
            return "Bool";
        }
    }

    record ListValue(List<Value> items) implements Value {
        public String typeName() {
            if (items.isEmpty()) return "List[]";
            return "List[" + items.get(0).typeName() + "]";
        }
    }

    record RecordValue(Map<String, Value> fields) implements Value {
        public String typeName() {
            return fields.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().typeName())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /** A built-in word used as a value: {@code sigmoid}, {@code mse}, {@code standard}. */
    record WordValue(Word word) implements Value {
        public String typeName() {
            return switch (word.category) {
                case ACTIVATION -> "Activation";
                case LAYER -> "Layer";
                case LOSS -> "Loss";
                case OPTIMIZER -> "Optimizer";
                case SOURCE -> "Source";
                case NORMALIZATION -> "Normalization";
                case METRIC -> "Metric";
                case INITIALIZER -> "Initializer";
                case BATCH_SIZE -> "BatchSize";
                case FUNCTION -> "Function";
                case SCHEDULE -> "Schedule";
            };
        }
    }

    /**
     * A built-in word called with its arguments where a thing of its kind is expected:
     * {@code leaky_relu(0.2)} as an activation, {@code huber(0.5)} as a loss, {@code normal(0.01)}
     * as an initialiser. The arguments are numbers, in the word's parameter order.
     */
    record WordCall(Word word, List<Double> arguments) implements Value {
        public WordCall {
            arguments = List.copyOf(arguments);
        }

        public String typeName() {
            return new WordValue(word).typeName();
        }

        /** {@code leaky_relu(0.2)} */
        public String describe() {
            return word.text + arguments.stream().map(Plan::number).collect(Collectors.joining(", ", "(", ")"));
        }

        public double argument(int i) {
            return i < arguments.size() ? arguments.get(i) : Double.NaN;
        }
    }

    record OptimizerValue(Plan.Optimizer optimizer) implements Value {
        public String typeName() {
            return "Optimizer";
        }
    }

    /** A learning-rate schedule; the spans of its monitor and min_rate arguments when written (else null). */
    record ScheduleValue(Plan.Schedule schedule, dev.nnet.ast.Span monitorSpan, dev.nnet.ast.Span minRateSpan)
            implements Value {
        public String typeName() {
            return "Schedule";
        }
    }

    /** A data source call, {@code csv("x.csv")} or {@code iris()}, before it is named by a dataset. */
    record SourceValue(Plan.Source source) implements Value {
        public String typeName() {
            return "Source";
        }
    }

    /** A dataset, or one part of its split ({@code partition} is ALL for the whole). */
    record DatasetValue(String name, Plan.Partition partition, Schema schema) implements Value {
        public String typeName() {
            return "Dataset[" + schema.shapeName() + " -> " + schema.targetTypeName() + "]";
        }

        public String displayName() {
            return partition == Plan.Partition.ALL ? name : name + "." + partition.word;
        }
    }

    record ModelValue(Plan.Model model) implements Value {
        public String typeName() {
            return model.typeName();
        }
    }

    /** A number, truth value or string known only while the script runs (a loop variable, say). */
    record Opaque(String kind) implements Value {
        public static final Opaque INT = new Opaque("Int");
        public static final Opaque FLOAT = new Opaque("Float");
        public static final Opaque BOOL = new Opaque("Bool");
        public static final Opaque STRING = new Opaque("String");

        public String typeName() {
            return kind;
        }
    }

    /** A tensor: its shape, and whether gradients can flow back from it to a model's parameters. */
    record TensorValue(Shape shape, boolean differentiable) implements Value {
        public String typeName() {
            return shape.typeName();
        }
    }

    /** A function defined with {@code def}. */
    record FunctionValue(dev.nnet.ast.Statement.Def def) implements Value {
        public String typeName() {
            return "(" + String.join(", ", java.util.Collections.nCopies(def.parameters().size(), "Tensor"))
                    + ") -> Tensor";
        }
    }

    /** {@code a..b}: the whole numbers from a to b, both included. */
    record RangeValue(Value from, Value to) implements Value {
        public String typeName() {
            return "Range[Int]";
        }
    }

    /** {@code data.batches(n)}: mini-batches of a dataset, for a {@code for} loop. */
    record BatchesValue(DatasetValue data, int size, boolean shuffle) implements Value {
        public String typeName() {
            return "Batches[" + data.typeName() + "]";
        }
    }

    /** One mini-batch: {@code batch.x} and {@code batch.y}. */
    record BatchValue(TensorValue x, TensorValue y) implements Value {
        public String typeName() {
            return "Batch[x: " + x.typeName() + ", y: " + y.typeName() + "]";
        }
    }

    /** A value whose mistake has already been reported. */
    record Invalid() implements Value {
        public String typeName() {
            return "?";
        }
    }

    /** What the checker knows of a dataset's columns and target. */
    /**
     * {@code featureShape} is the shape of one example: {@code [4]} for four feature columns,
     * {@code [1, 28, 28]} for a source of images (channels, height, width); the feature values of a
     * row are those of the example in row-major order, so {@code width()} is the shape's size.
     */
    record Schema(List<String> features, String target, boolean classification, List<String> classes,
                  boolean hasSplit, boolean hasValidation, boolean hasTest, int rows, double trainFraction,
                  List<Integer> featureShape, List<Integer> classCounts, List<Integer> partRows) {
        public Schema {
            featureShape = List.copyOf(featureShape);
            classCounts = List.copyOf(classCounts);
            partRows = List.copyOf(partRows);
        }

        /** The rows of the train, validation and test parts, as the split will make them. */
        public Schema withPartRows(List<Integer> parts) {
            return new Schema(features, target, classification, classes, hasSplit, hasValidation, hasTest, rows,
                    trainFraction, featureShape, classCounts, parts);
        }

        /** The rows of one part ({@code ALL}: every row); -1 when not known. */
        public int rowsOf(Plan.Partition part) {
            if (part == Plan.Partition.ALL) return rows;
            return partRows.isEmpty() ? -1 : partRows.get(part.ordinal() - 1);
        }

        /** A table of flat feature columns: the shape is {@code [features.size()]}. */
        public Schema(List<String> features, String target, boolean classification, List<String> classes,
                      boolean hasSplit, boolean hasValidation, boolean hasTest, int rows, double trainFraction) {
            this(features, target, classification, classes, hasSplit, hasValidation, hasTest, rows, trainFraction,
                    List.of(features.size()), List.of(), List.of());
        }

        /** With the rows of each class, in the order of {@code classes}, for the checks of a split. */
        public Schema withClassCounts(List<Integer> counts) {
            return new Schema(features, target, classification, classes, hasSplit, hasValidation, hasTest, rows,
                    trainFraction, featureShape, counts, partRows);
        }

        /** The same data with examples of another shape, such as [1, 28, 28] for 784 pixel columns. */
        public Schema withFeatureShape(List<Integer> shape) {
            return new Schema(features, target, classification, classes, hasSplit, hasValidation, hasTest, rows,
                    trainFraction, shape, classCounts, partRows);
        }

        public int width() {
            return (int) Plan.size(featureShape);
        }

        /** {@code 4}, or {@code 1x28x28} for images. */
        public String shapeName() {
            return Plan.shapeName(featureShape);
        }

        public String targetTypeName() {
            return classification ? "Classes(" + String.join(", ", classes) + ")" : "Real(1)";
        }
    }
}
