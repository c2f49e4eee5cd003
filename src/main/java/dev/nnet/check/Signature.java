package dev.nnet.check;

import java.util.List;

/** The parameters of a built-in that takes arguments: {@code dense}, {@code sgd}, {@code csv}... */
record Signature(String name, List<Param> params) {

    enum Kind {
        INT("a whole number"), NUMBER("a number"), BOOL("true or false"), STRING("a string"),
        ACTIVATION("an activation"), INITIALIZER("an initialiser"),
        SIZE("a whole number or a list of two ([height, width])"), SHAPE("a list of whole numbers");

        final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }
    }

    /** {@code fallback} null means the argument is required. */
    record Param(String name, Kind kind, Value fallback) {
        boolean required() {
            return fallback == null;
        }
    }

    static Param required(String name, Kind kind) {
        return new Param(name, kind, null);
    }

    static Param optional(String name, Kind kind, Value fallback) {
        return new Param(name, kind, fallback);
    }

    static final Signature DENSE = new Signature("dense", List.of(
            required("units", Kind.INT),
            optional("activation", Kind.ACTIVATION, new Value.WordValue(Word.LINEAR)),
            optional("init", Kind.INITIALIZER, new Value.StringValue("default")),
            optional("bias", Kind.BOOL, new Value.BoolValue(true))));

    static final Signature DROPOUT = new Signature("dropout", List.of(required("rate", Kind.NUMBER)));

    static final Signature CONV2D = new Signature("conv2d", List.of(
            required("filters", Kind.INT),
            required("kernel", Kind.SIZE),
            optional("stride", Kind.SIZE, new Value.IntValue(1)),
            optional("padding", Kind.SIZE, new Value.IntValue(0)),
            optional("init", Kind.INITIALIZER, new Value.StringValue("default")),
            optional("bias", Kind.BOOL, new Value.BoolValue(true))));

    /** {@code max_pool} and {@code avg_pool}; the stride is the window's size unless given. */
    static Signature pool(String name) {
        return new Signature(name, List.of(
                required("size", Kind.SIZE),
                optional("stride", Kind.SIZE, new Value.StringValue("size"))));
    }

    static final Signature RESHAPE = new Signature("reshape", List.of(required("shape", Kind.SHAPE)));

    /**
     * The words that take numbers where they stand for a thing of their kind: {@code leaky_relu(0.2)},
     * {@code elu(0.5)}, {@code huber(0.5)}, {@code normal(0.01)}, {@code uniform(-0.1, 0.1)}; null for
     * a word that takes none.
     */
    static Signature ofWord(Word w) {
        return switch (w) {
            case LEAKY_RELU -> new Signature("leaky_relu", List.of(optional("slope", Kind.NUMBER, new Value.FloatValue(0.01))));
            case ELU -> new Signature("elu", List.of(optional("alpha", Kind.NUMBER, new Value.FloatValue(1.0))));
            case HUBER -> new Signature("huber", List.of(optional("delta", Kind.NUMBER, new Value.FloatValue(1.0))));
            case NORMAL -> new Signature("normal", List.of(required("std", Kind.NUMBER)));
            case UNIFORM -> new Signature("uniform", List.of(required("low", Kind.NUMBER), required("high", Kind.NUMBER)));
            default -> null;
        };
    }

    static final Signature CSV = new Signature("csv", List.of(required("path", Kind.STRING)));

    static final Signature IRIS = new Signature("iris", List.of());

    static final Signature SPIRALS = new Signature("spirals", List.of(
            optional("n", Kind.INT, new Value.IntValue(300)),
            optional("classes", Kind.INT, new Value.IntValue(3)),
            optional("noise", Kind.NUMBER, new Value.FloatValue(0.1))));

    static final Signature MOONS = new Signature("moons", List.of(
            optional("n", Kind.INT, new Value.IntValue(300)),
            optional("noise", Kind.NUMBER, new Value.FloatValue(0.1))));

    static final Signature BLOBS = new Signature("blobs", List.of(
            optional("n", Kind.INT, new Value.IntValue(300)),
            optional("classes", Kind.INT, new Value.IntValue(3)),
            optional("features", Kind.INT, new Value.IntValue(2)),
            optional("spread", Kind.NUMBER, new Value.FloatValue(1.0))));

    static final Signature REGRESSION = new Signature("regression", List.of(
            optional("n", Kind.INT, new Value.IntValue(300)),
            optional("features", Kind.INT, new Value.IntValue(5)),
            optional("noise", Kind.NUMBER, new Value.FloatValue(0.1))));

    static final Signature IDX = new Signature("idx", List.of(
            required("images", Kind.STRING),
            required("labels", Kind.STRING)));

    static final Signature BATCHES = new Signature("batches", List.of(
            required("size", Kind.INT),
            optional("shuffle", Kind.BOOL, new Value.BoolValue(false))));

    /** Activation layers take no arguments. */
    static Signature none(String name) {
        return new Signature(name, List.of());
    }

    List<String> paramNames() {
        return params.stream().map(Param::name).toList();
    }
}
