package dev.nnet.check;

import dev.nnet.ast.Span;
import dev.nnet.data.Normalization;
import dev.nnet.modelfile.SafetensorsWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model files that the golden diagnostics scripts load (src/test/resources/diagnostics/models/):
 * one good NNet model and files that are valid safetensors but not NNet models. Made here, checked
 * and rewritten (with -Dgolden.update=true) by ModelFileFixturesTest.
 */
final class ModelFileFixtures {
    private ModelFileFixtures() {
    }

    private static final Span AT = new Span(0, 0, 1, 1);

    /** input 4, dense(8, relu), dense(3, softmax): Model[4 -> 8 -> 3], classes a, b, c. */
    static Plan.Model goodModel() {
        return new Plan.Model("net", List.of(4), List.of(
                new Plan.Dense(8, Plan.Activation.RELU, Double.NaN, null, null, true, AT),
                new Plan.Dense(3, Plan.Activation.SOFTMAX, Double.NaN, null, null, true, AT)), AT);
    }

    static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Plan.Model model = goodModel();
        Map<String, String> metadata = ModelFileFormat.metadata(model, Plan.Loss.CROSS_ENTROPY, List.of("a", "b", "c"),
                List.of("f1", "f2", "f3", "f4"), new ModelFileFormat.Stats(Normalization.STANDARD,
                        new float[] {1, 2, 3, 4}, new float[] {0.5f, 0.25f, 2, 1}), Map.of("nnet.version", "test"));
        List<SafetensorsWriter.Tensor> tensors = tensors(ModelFileFormat.tensors(model));
        files.put("net-4-8-3", SafetensorsWriter.bytes(metadata, tensors));
        files.put("no-architecture", SafetensorsWriter.bytes(Map.of("format", "pt"), tensors));
        Map<String, String> wrongShape = new LinkedHashMap<>(metadata);
        wrongShape.put(ModelFileFormat.ARCHITECTURE, "{\"input\":5,\"layers\":[{\"type\":\"dense\",\"units\":8,"
                + "\"activation\":\"relu\",\"bias\":true},{\"type\":\"dense\",\"units\":3,\"activation\":\"softmax\","
                + "\"bias\":true}]}");
        files.put("wrong-shape", SafetensorsWriter.bytes(wrongShape, tensors));
        List<SafetensorsWriter.Tensor> missing = new ArrayList<>(tensors);
        missing.remove(missing.size() - 1);
        files.put("missing-tensor", SafetensorsWriter.bytes(metadata, missing));
        Map<String, String> unknownLayer = new LinkedHashMap<>(metadata);
        unknownLayer.put(ModelFileFormat.ARCHITECTURE, "{\"input\":4,\"layers\":[{\"type\":\"dense\",\"units\":8,"
                + "\"activation\":\"relu\",\"bias\":true},{\"type\":\"conv2d\"}]}");
        files.put("unknown-layer", SafetensorsWriter.bytes(unknownLayer, tensors));
        return files;
    }

    /** Tensors of the expected shapes, with values that differ from one another. */
    static List<SafetensorsWriter.Tensor> tensors(List<ModelFileFormat.Expected> expected) {
        List<SafetensorsWriter.Tensor> out = new ArrayList<>();
        int k = 0;
        for (ModelFileFormat.Expected e : expected) {
            long n = 1;
            for (long d : e.shape()) n *= d;
            float[] v = new float[(int) n];
            for (int i = 0; i < v.length; i++) v[i] = ((k++ * 37) % 23 - 11) / 10f;
            out.add(new SafetensorsWriter.Tensor(e.name(), e.shape(), v));
        }
        return out;
    }
}
