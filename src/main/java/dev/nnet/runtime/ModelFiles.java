package dev.nnet.runtime;

import dev.nnet.check.ModelFileFormat;
import dev.nnet.check.Plan;
import dev.nnet.data.Normalizer;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.engine.BatchNorm;
import dev.nnet.engine.Dense;
import dev.nnet.engine.Layer;
import dev.nnet.engine.Sequential;
import dev.nnet.engine.Tensor;
import dev.nnet.modelfile.ModelFileException;
import dev.nnet.modelfile.SafetensorsReader;
import dev.nnet.modelfile.SafetensorsWriter;
import dev.nnet.modelfile.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** {@code save} and {@code model m = load(...)} while a script runs: a model's state to and from its file. */
final class ModelFiles {
    private ModelFiles() {
    }

    static void save(ModelState model, Plan.Save s) {
        Sequential network = model.network();
        List<SafetensorsWriter.Tensor> tensors = new ArrayList<>();
        for (ModelFileFormat.Expected e : ModelFileFormat.tensors(model.plan)) {
            tensors.add(new SafetensorsWriter.Tensor(e.name(), e.shape(), values(network.layers().get(e.module()), e)));
        }
        Normalizer n = model.normalizer;
        ModelFileFormat.Stats stats = n == null ? null : new ModelFileFormat.Stats(n.kind(), n.offset(), n.scale());
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("nnet.version", version());
        provenance.put("nnet.script_sha256", s.scriptSha256());
        if (model.dataSha256 != null) provenance.put("nnet.data_sha256", model.dataSha256);
        if (model.seed != null) provenance.put("nnet.seed", Long.toString(model.seed));
        Map<String, String> metadata = ModelFileFormat.metadata(model.plan, model.loss, model.classNames,
                model.featureNames, stats, provenance);
        try {
            SafetensorsWriter.write(s.file(), metadata, tensors);
        } catch (ModelFileException e) {
            throw new RunError(DiagnosticCode.E0615, "`" + s.asWritten() + "` could not be written: " + e.getMessage(),
                    "the old file, if there was one, is left as it was");
        }
    }

    /** A model's state read from its file; the file must still describe the model the checker saw. */
    static ModelState load(Plan.LoadModel step, java.util.function.Function<dev.nnet.ast.Statement.Def, Layer> defs) {
        String shown = "`" + step.asWritten() + "`";
        SafetensorsReader.Contents contents;
        ModelFileFormat.Saved saved;
        try {
            contents = SafetensorsReader.read(step.file());
        } catch (ModelFileException e) {
            throw new RunError(DiagnosticCode.E0611, shown + " could not be read: " + e.getMessage(),
                    "did the file change while the script ran?");
        }
        try {
            saved = ModelFileFormat.read(contents.header(), step.model().name(), step.span());
        } catch (ModelFileException e) {
            throw new RunError(DiagnosticCode.E0612, shown + " does not hold an NNet model: " + e.getMessage(), null);
        }
        if (!describe(saved.model()).equals(describe(step.model()))) {
            throw new RunError(DiagnosticCode.E0612, shown + " changed since the script was checked: it now holds "
                    + saved.model().typeName(), "run the script again");
        }
        ModelState model = new ModelState(step.model(), defs);
        Sequential network = model.network(0);
        for (ModelFileFormat.Expected e : ModelFileFormat.tensors(step.model())) {
            TensorInfo info = contents.header().tensor(e.name()).orElseThrow();
            store(network.layers().get(e.module()), e, contents.floats(info));
        }
        model.loss = saved.loss();
        model.objective = saved.loss() == null ? null : Plan.Objective.of(saved.loss());
        model.classNames = saved.classes();
        model.featureNames = saved.features();
        ModelFileFormat.Stats stats = saved.stats();
        model.normalizer = stats == null ? null : Normalizer.of(stats.kind(), stats.offset(), stats.scale());
        return model;
    }

    private static List<String> describe(Plan.Model model) {
        List<String> out = new ArrayList<>();
        out.add(Integer.toString(model.inputWidth()));
        for (Plan.Layer l : model.layers()) out.add(l.describe() + (l instanceof Plan.Dense d && !d.bias() ? "/nobias" : ""));
        return out;
    }

    /** A tensor's values as the file holds them: a dense weight transposed to PyTorch's [out, in]. */
    private static float[] values(Layer layer, ModelFileFormat.Expected e) {
        Tensor t = tensor(layer, e.part());
        float[] v = t.floats();
        if (layer instanceof Dense d && e.part() == ModelFileFormat.Part.WEIGHT) {
            int in = d.inputSize();
            int out = d.outputSize();
            float[] transposed = new float[v.length];
            for (int i = 0; i < in; i++) for (int o = 0; o < out; o++) transposed[o * in + i] = v[i * out + o];
            return transposed;
        }
        return v.clone();
    }

    private static void store(Layer layer, ModelFileFormat.Expected e, float[] values) {
        Tensor t = tensor(layer, e.part());
        float[] into = t.floats();
        if (layer instanceof Dense d && e.part() == ModelFileFormat.Part.WEIGHT) {
            int in = d.inputSize();
            int out = d.outputSize();
            for (int i = 0; i < in; i++) for (int o = 0; o < out; o++) into[i * out + o] = values[o * in + i];
        } else {
            System.arraycopy(values, 0, into, 0, values.length);
        }
    }

    private static Tensor tensor(Layer layer, ModelFileFormat.Part part) {
        if (layer instanceof Dense d) return part == ModelFileFormat.Part.WEIGHT ? d.weight().value() : d.bias().value();
        if (layer instanceof BatchNorm b) {
            return switch (part) {
                case WEIGHT -> b.gamma().value();
                case BIAS -> b.beta().value();
                case RUNNING_MEAN -> b.runningMean();
                case RUNNING_VAR -> b.runningVariance();
            };
        }
        // layer_norm: its parameters are gamma then beta
        return layer.parameters().get(part == ModelFileFormat.Part.WEIGHT ? 0 : 1).value();
    }

    static String version() {
        try (InputStream in = ModelFiles.class.getResourceAsStream("/dev/nnet/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
