package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.engine.Activation;
import dev.nnet.engine.ActivationLayer;
import dev.nnet.engine.BatchNorm;
import dev.nnet.engine.Dense;
import dev.nnet.engine.Dropout;
import dev.nnet.engine.LayerNorm;
import dev.nnet.engine.Initializer;
import dev.nnet.engine.Layer;
import dev.nnet.engine.Precision;
import dev.nnet.engine.Rng;
import dev.nnet.engine.Sequential;
import java.util.ArrayList;
import java.util.List;

/** Builds the engine's network for a checked model; {@code dense(n, activation: a)} is two engine layers. */
final class Networks {
    private Networks() {
    }

    static Sequential build(Plan.Model model, long seed, java.util.function.Function<dev.nnet.ast.Statement.Def, Layer> defLayers) {
        Rng rng = Rng.forPurpose(seed, "init");
        List<Layer> layers = new ArrayList<>();
        int width = model.inputWidth();
        int denseCount = 0;
        int normCount = 0;
        for (Plan.Layer layer : model.layers()) {
            if (layer instanceof Plan.Dense d) {
                Activation activation = activation(d.activation());
                Initializer init = d.init() == null ? Initializer.defaultFor(activation)
                        : Initializer.valueOf(d.init().name());
                layers.add(new Dense("dense" + (++denseCount), width, d.units(), init, d.bias(), Precision.FLOAT32, rng));
                if (d.custom() != null) layers.add(defLayers.apply(d.custom()));
                else if (activation != Activation.LINEAR) layers.add(new ActivationLayer(activation));
            } else if (layer instanceof Plan.ActivationLayer a) {
                Activation activation = activation(a.activation());
                if (activation != Activation.LINEAR) layers.add(new ActivationLayer(activation));
            } else if (layer instanceof Plan.Dropout d) {
                layers.add(new Dropout(d.rate(), Rng.forPurpose(seed, "dropout")));
            } else if (layer instanceof Plan.NormLayer n) {
                // torch's defaults: momentum 0.1 for the running statistics, epsilon 1e-5
                layers.add(n.batch() ? new BatchNorm("batch_norm" + (++normCount), width, 0.1, 1e-5, Precision.FLOAT32)
                        : new LayerNorm("layer_norm" + (++normCount), width, 1e-5, Precision.FLOAT32));
            }
            width = layer.outputWidth(width);
        }
        return new Sequential(layers);
    }

    static Activation activation(Plan.Activation a) {
        return Activation.valueOf(a.name());
    }

    static dev.nnet.engine.Loss loss(Plan.Loss loss) {
        return dev.nnet.engine.Loss.valueOf(loss.name());
    }
}
