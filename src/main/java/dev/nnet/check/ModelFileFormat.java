package dev.nnet.check;

import dev.nnet.ast.Span;
import dev.nnet.data.Normalization;
import dev.nnet.modelfile.DType;
import dev.nnet.modelfile.Header;
import dev.nnet.modelfile.Json;
import dev.nnet.modelfile.ModelFileException;
import dev.nnet.modelfile.TensorInfo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How an NNet model is laid out in a safetensors file (docs/language.md, "Model files").
 *
 * <p>Tensors are named as PyTorch names the state of a {@code torch.nn.Sequential} holding the same
 * modules in the same order: a dense layer is a Linear ({@code "0.weight"} of shape [out, in],
 * {@code "0.bias"} [out]) followed by its activation's module when that is not linear; dropout,
 * batch_norm (weight, bias, running_mean, running_var) and layer_norm (weight, bias) are one module
 * each. The metadata holds the architecture, the loss, the classes, the normalisation of the
 * inputs and where the model came from, each a string as the format requires (JSON inside).
 */
public final class ModelFileFormat {
    public static final String ARCHITECTURE = "nnet.architecture";
    public static final String LOSS = "nnet.loss";
    public static final String CLASSES = "nnet.classes";
    public static final String FEATURES = "nnet.features";
    public static final String NORMALIZATION = "nnet.normalization";

    private ModelFileFormat() {
    }

    /** One tensor the file must hold for a model, and which part of which engine module it is. */
    public record Expected(String name, long[] shape, int module, Part part) {
    }

    public enum Part { WEIGHT, BIAS, RUNNING_MEAN, RUNNING_VAR }

    /** The normalisation stored with a model: {@code (x - offset) / scale} per feature. */
    public record Stats(Normalization kind, float[] offset, float[] scale) {
    }

    /** What a file says about its model, beyond the tensors. Loss, classes, features and stats may be null. */
    public record Saved(Plan.Model model, Plan.Loss loss, List<String> classes, List<String> features, Stats stats) {
    }

    /** The tensors of a model, in the order they are written. */
    public static List<Expected> tensors(Plan.Model model) {
        List<Expected> out = new ArrayList<>();
        // An image model starts with an unflatten of its rows (torch's nn.Unflatten, the engine's Reshape).
        int module = model.inputShape().size() > 1 ? 1 : 0;
        List<Integer> shape = model.inputShape();
        for (Plan.Layer layer : model.layers()) {
            if (layer instanceof Plan.Dense d) {
                out.add(new Expected(module + ".weight", new long[] {d.units(), shape.get(0)}, module, Part.WEIGHT));
                if (d.bias()) out.add(new Expected(module + ".bias", new long[] {d.units()}, module, Part.BIAS));
                module++;
                if (d.custom() != null || d.activation() != Plan.Activation.LINEAR) module++;
            } else if (layer instanceof Plan.Conv2d c) {
                out.add(new Expected(module + ".weight", new long[] {c.filters(), shape.get(0), c.kernelHeight(),
                        c.kernelWidth()}, module, Part.WEIGHT));
                if (c.bias()) out.add(new Expected(module + ".bias", new long[] {c.filters()}, module, Part.BIAS));
                module++;
            } else if (layer instanceof Plan.NormLayer n) {
                long features = n.features(shape);
                out.add(new Expected(module + ".weight", new long[] {features}, module, Part.WEIGHT));
                out.add(new Expected(module + ".bias", new long[] {features}, module, Part.BIAS));
                if (n.batch()) {
                    out.add(new Expected(module + ".running_mean", new long[] {features}, module, Part.RUNNING_MEAN));
                    out.add(new Expected(module + ".running_var", new long[] {features}, module, Part.RUNNING_VAR));
                }
                module++;
            } else if (layer instanceof Plan.ActivationLayer a) {
                if (a.activation() != Plan.Activation.LINEAR) module++;
            } else {
                module++; // dropout, pooling, flatten, reshape, a def
            }
            shape = layer.outputShape(shape);
        }
        return out;
    }

    // Writing

    public static Map<String, String> metadata(Plan.Model model, Plan.Loss loss, List<String> classes,
                                               List<String> features, Stats stats, Map<String, String> provenance) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", "pt"); // what safetensors' PyTorch helpers write
        m.put(ARCHITECTURE, Json.write(architecture(model)));
        if (loss != null && loss != Plan.Loss.CUSTOM) m.put(LOSS, word(loss.name())); // a def is code: not saved
        if (classes != null && !classes.isEmpty()) m.put(CLASSES, Json.write(classes));
        if (features != null && !features.isEmpty()) m.put(FEATURES, Json.write(features));
        if (stats != null) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("kind", word(stats.kind().name()));
            n.put("offset", floats(stats.offset()));
            n.put("scale", floats(stats.scale()));
            m.put(NORMALIZATION, Json.write(n));
        }
        m.putAll(provenance);
        return m;
    }

    private static List<Object> floats(float[] values) {
        List<Object> out = new ArrayList<>();
        for (float v : values) out.add(v);
        return out;
    }

    private static Map<String, Object> architecture(Plan.Model model) {
        List<Object> layers = new ArrayList<>();
        for (Plan.Layer layer : model.layers()) {
            Map<String, Object> l = new LinkedHashMap<>();
            if (layer instanceof Plan.Dense d) {
                if (d.custom() != null) throw new IllegalArgumentException("a def activation cannot be saved");
                l.put("type", "dense");
                l.put("units", d.units());
                l.put("activation", word(d.activation().name()));
                if (!Double.isNaN(d.activationParameter())) l.put("activation_parameter", d.activationParameter());
                l.put("bias", d.bias());
            } else if (layer instanceof Plan.Conv2d c) {
                l.put("type", "conv2d");
                l.put("filters", c.filters());
                l.put("kernel", List.of(c.kernelHeight(), c.kernelWidth()));
                l.put("stride", List.of(c.strideHeight(), c.strideWidth()));
                l.put("padding", List.of(c.paddingHeight(), c.paddingWidth()));
                l.put("bias", c.bias());
            } else if (layer instanceof Plan.Pool p) {
                l.put("type", p.max() ? "max_pool" : "avg_pool");
                l.put("size", List.of(p.height(), p.width()));
                l.put("stride", List.of(p.strideHeight(), p.strideWidth()));
            } else if (layer instanceof Plan.Flatten) {
                l.put("type", "flatten");
            } else if (layer instanceof Plan.Reshape r) {
                l.put("type", "reshape");
                l.put("shape", r.shape());
            } else if (layer instanceof Plan.Dropout d) {
                l.put("type", "dropout");
                l.put("rate", d.rate());
            } else if (layer instanceof Plan.NormLayer n) {
                l.put("type", n.batch() ? "batch_norm" : "layer_norm");
            } else if (layer instanceof Plan.ActivationLayer a) {
                l.put("type", word(a.activation().name()));
                if (!Double.isNaN(a.parameter())) l.put("parameter", a.parameter());
            } else {
                throw new IllegalArgumentException("a def layer cannot be saved");
            }
            layers.add(l);
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("input", model.inputShape().size() == 1 ? (Object) model.inputShape().get(0) : model.inputShape());
        a.put("layers", layers);
        return a;
    }

    private static String word(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }

    // Reading

    /** Reads the model a checked header describes; every mismatch between metadata and tensors is an error. */
    public static Saved read(Header header, String name, Span span) throws ModelFileException {
        Map<String, String> meta = header.metadata();
        String arch = meta.get(ARCHITECTURE);
        if (arch == null) {
            throw new ModelFileException("its metadata has no \"" + ARCHITECTURE + "\", so it was not written by "
                    + "NNet's `save`");
        }
        Plan.Model model = architecture(json(arch, ARCHITECTURE), name, span);
        checkTensors(header, model);
        Plan.Loss loss = null;
        if (meta.containsKey(LOSS)) {
            String l = meta.get(LOSS);
            loss = Arrays.stream(Plan.Loss.values()).filter(x -> word(x.name()).equals(l)).findFirst()
                    .orElseThrow(() -> new ModelFileException("its metadata names the unknown loss \"" + l + "\""));
        }
        List<String> classes = meta.containsKey(CLASSES) ? strings(meta.get(CLASSES), CLASSES) : null;
        if (classes != null) {
            int out = model.outputWidth();
            if (!(classes.size() == out || (classes.size() == 2 && out == 1))) {
                throw new ModelFileException("it names " + classes.size() + " classes, but the model gives "
                        + out + " values per example");
            }
        }
        List<String> features = meta.containsKey(FEATURES) ? strings(meta.get(FEATURES), FEATURES) : null;
        if (features != null && features.size() != model.inputWidth()) {
            throw new ModelFileException("it names " + features.size() + " features, but the model's input is "
                    + model.inputWidth() + " wide");
        }
        Stats stats = meta.containsKey(NORMALIZATION) ? stats(meta.get(NORMALIZATION), model.inputWidth()) : null;
        return new Saved(model, loss, classes, features, stats);
    }

    private static Object json(String text, String key) throws ModelFileException {
        try {
            return Json.parse(text);
        } catch (Json.JsonException e) {
            throw new ModelFileException("its \"" + key + "\" is not valid JSON: " + e.getMessage());
        }
    }

    private static List<String> strings(String text, String key) throws ModelFileException {
        if (!(json(text, key) instanceof List<?> list) || !list.stream().allMatch(x -> x instanceof String)) {
            throw new ModelFileException("its \"" + key + "\" must be a JSON list of strings");
        }
        List<String> out = list.stream().map(x -> (String) x).toList();
        if (out.stream().distinct().count() != out.size()) {
            throw new ModelFileException("its \"" + key + "\" names the same thing twice");
        }
        return out;
    }

    private static Stats stats(String text, int width) throws ModelFileException {
        String bad = "its \"" + NORMALIZATION + "\" must be {\"kind\": \"standard\" or \"minmax\" or \"none\", "
                + "\"offset\": [...], \"scale\": [...]} with one number per input feature";
        if (!(json(text, NORMALIZATION) instanceof Map<?, ?> map) || !map.keySet().equals(
                java.util.Set.of("kind", "offset", "scale")) || !(map.get("kind") instanceof String kind)) {
            throw new ModelFileException(bad);
        }
        Normalization n = Arrays.stream(Normalization.values()).filter(x -> word(x.name()).equals(kind)).findFirst()
                .orElseThrow(() -> new ModelFileException(bad));
        float[] offset = numbers(map.get("offset"), width, bad);
        float[] scale = numbers(map.get("scale"), width, bad);
        for (float s : scale) {
            if (s == 0 || !Float.isFinite(s)) throw new ModelFileException("its normalisation divides by " + s);
        }
        return new Stats(n, offset, scale);
    }

    private static float[] numbers(Object value, int width, String bad) throws ModelFileException {
        if (!(value instanceof List<?> list) || list.size() != width) throw new ModelFileException(bad);
        float[] out = new float[width];
        for (int i = 0; i < width; i++) {
            Object v = list.get(i);
            // Parsed from the decimal text as a float, so a float written by Float.toString comes back exact.
            if (v instanceof BigDecimal || v instanceof BigInteger) out[i] = Float.parseFloat(v.toString());
            else throw new ModelFileException(bad);
            if (!Float.isFinite(out[i])) throw new ModelFileException(bad);
        }
        return out;
    }

    private static Plan.Model architecture(Object json, String name, Span span) throws ModelFileException {
        String bad = "its \"" + ARCHITECTURE + "\" must be {\"input\": n or [c, h, w], \"layers\": [...]}";
        if (!(json instanceof Map<?, ?> a) || !(a.get("layers") instanceof List<?> list)) {
            throw new ModelFileException(bad);
        }
        List<Integer> input;
        if (a.get("input") instanceof BigInteger in) input = List.of(positive(in, "the input width"));
        else if (a.get("input") instanceof List<?> dims && dims.size() == 3) input = ints(dims, 1, "the input shape");
        else throw new ModelFileException(bad);
        List<Plan.Layer> layers = new ArrayList<>();
        List<Integer> shape = input;
        for (int i = 0; i < list.size(); i++) {
            Plan.Layer layer = layer(list.get(i), i + 1, span);
            shape = checkedShape(layer, shape, "layer " + (i + 1) + " of its architecture");
            layers.add(layer);
        }
        if (layers.stream().noneMatch(l -> l instanceof Plan.Dense)) {
            throw new ModelFileException("its architecture has no dense layer");
        }
        if (shape.size() != 1) throw new ModelFileException("its architecture does not end with one row per example");
        return new Plan.Model(name, input, layers, span);
    }

    /** The shape after a layer read from a file, refused where the checker would refuse the layer in a script. */
    private static List<Integer> checkedShape(Plan.Layer layer, List<Integer> in, String where) throws ModelFileException {
        boolean image = layer instanceof Plan.Conv2d || layer instanceof Plan.Pool;
        if (image && in.size() != 3) throw new ModelFileException(where + " needs [channels, height, width] input");
        if (layer instanceof Plan.Dense && in.size() != 1) throw new ModelFileException(where + " needs flat input");
        if (layer instanceof Plan.Reshape r && Plan.size(r.shape()) != Plan.size(in)) {
            throw new ModelFileException(where + " reshapes " + in + " to " + r.shape() + ", a different number of values");
        }
        List<Integer> out = layer.outputShape(in);
        for (int d : out) if (d < 1) throw new ModelFileException(where + " leaves nothing of its input " + in);
        return out;
    }

    private static List<Integer> ints(Object value, int least, String what) throws ModelFileException {
        if (!(value instanceof List<?> list) || list.isEmpty()) throw new ModelFileException(what + " must be a list of integers");
        List<Integer> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof BigInteger n) || n.compareTo(BigInteger.valueOf(least)) < 0 || n.bitLength() > 30) {
                throw new ModelFileException(what + " must be a list of integers of at least " + least);
            }
            out.add(n.intValue());
        }
        return out;
    }

    private static int[] pair(Map<?, ?> l, String key, int least, String where) throws ModelFileException {
        List<Integer> p = ints(l.get(key), least, "the \"" + key + "\" of " + where);
        if (p.size() != 2) throw new ModelFileException("the \"" + key + "\" of " + where + " must be [height, width]");
        return new int[] {p.get(0), p.get(1)};
    }

    private static double number(Object value) {
        return value instanceof BigDecimal d ? d.doubleValue() : value instanceof BigInteger b ? b.doubleValue() : Double.NaN;
    }

    private static Plan.Layer layer(Object json, int number, Span span) throws ModelFileException {
        String where = "layer " + number + " of its architecture";
        if (!(json instanceof Map<?, ?> l) || !(l.get("type") instanceof String type)) {
            throw new ModelFileException(where + " must be an object with a \"type\"");
        }
        switch (type) {
            case "dense" -> {
                if (!(l.get("units") instanceof BigInteger units) || !(l.get("activation") instanceof String act)
                        || !(l.get("bias") instanceof Boolean bias)) {
                    throw new ModelFileException(where + " is a dense layer without \"units\", \"activation\" and "
                            + "\"bias\"");
                }
                return new Plan.Dense(positive(units, "the units of " + where), activation(act, where),
                        parameter(l, "activation_parameter", where), null, null, bias, span);
            }
            case "conv2d" -> {
                if (!(l.get("filters") instanceof BigInteger filters) || !(l.get("bias") instanceof Boolean bias)) {
                    throw new ModelFileException(where + " is a conv2d layer without \"filters\" and \"bias\"");
                }
                int[] kernel = pair(l, "kernel", 1, where), stride = pair(l, "stride", 1, where);
                int[] padding = pair(l, "padding", 0, where);
                return new Plan.Conv2d(positive(filters, "the filters of " + where), kernel[0], kernel[1], stride[0],
                        stride[1], padding[0], padding[1], null, bias, span);
            }
            case "max_pool", "avg_pool" -> {
                int[] size = pair(l, "size", 1, where), stride = pair(l, "stride", 1, where);
                return new Plan.Pool(type.equals("max_pool"), size[0], size[1], stride[0], stride[1], span);
            }
            case "flatten" -> {
                return new Plan.Flatten(span);
            }
            case "reshape" -> {
                return new Plan.Reshape(ints(l.get("shape"), 1, "the \"shape\" of " + where), span);
            }
            case "dropout" -> {
                double rate = number(l.get("rate"));
                if (!(rate >= 0 && rate < 1)) throw new ModelFileException(where + " needs a dropout rate in [0, 1)");
                return new Plan.Dropout(rate, span);
            }
            case "batch_norm", "layer_norm" -> {
                return new Plan.NormLayer(type.equals("batch_norm"), span);
            }
            default -> {
                return new Plan.ActivationLayer(activation(type, where), parameter(l, "parameter", where), span);
            }
        }
    }

    /** An activation's number (leaky_relu's slope, elu's alpha), NaN when the file gives none. */
    private static double parameter(Map<?, ?> l, String key, String where) throws ModelFileException {
        if (!l.containsKey(key)) return Double.NaN;
        double v = number(l.get(key));
        if (!Double.isFinite(v)) throw new ModelFileException("the \"" + key + "\" of " + where + " must be a number");
        return v;
    }

    private static Plan.Activation activation(String text, String where) throws ModelFileException {
        Word w = Word.named(text).filter(x -> x.category == Word.Category.ACTIVATION)
                .orElseThrow(() -> new ModelFileException(where + " has the unknown kind \"" + text + "\""));
        return Plan.Activation.valueOf(w.name());
    }

    private static int positive(BigInteger n, String what) throws ModelFileException {
        if (n.signum() <= 0 || n.bitLength() > 30) throw new ModelFileException(what + " is " + n);
        return n.intValue();
    }

    private static void checkTensors(Header header, Plan.Model model) throws ModelFileException {
        List<Expected> expected = tensors(model);
        for (Expected e : expected) {
            TensorInfo t = header.tensor(e.name()).orElseThrow(() -> new ModelFileException("it has no tensor \""
                    + e.name() + "\", which its architecture needs (F32 of shape " + Arrays.toString(e.shape()) + ")"));
            if (t.dtype() != DType.F32) {
                throw new ModelFileException("its tensor \"" + e.name() + "\" is " + t.dtype() + ", but NNet reads F32");
            }
            if (!Arrays.equals(t.shape(), e.shape())) {
                throw new ModelFileException("its tensor \"" + e.name() + "\" has the shape " + t.shapeText()
                        + ", but the architecture needs " + Arrays.toString(e.shape()));
            }
        }
        for (TensorInfo t : header.tensors()) {
            if (expected.stream().noneMatch(e -> e.name().equals(t.name()))) {
                throw new ModelFileException("it has the tensor \"" + t.name() + "\", which its architecture does "
                        + "not use");
            }
        }
    }
}
