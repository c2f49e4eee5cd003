package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.engine.Activation;
import dev.nnet.engine.ActivationLayer;
import dev.nnet.engine.BatchNorm;
import dev.nnet.engine.Conv2d;
import dev.nnet.engine.Dense;
import dev.nnet.engine.Dropout;
import dev.nnet.engine.Flatten;
import dev.nnet.engine.Initializer;
import dev.nnet.engine.Layer;
import dev.nnet.engine.LayerNorm;
import dev.nnet.engine.Pool2d;
import dev.nnet.engine.Precision;
import dev.nnet.engine.Reshape;
import dev.nnet.engine.Rng;
import dev.nnet.engine.Sequential;
import dev.nnet.engine.WeightInit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the engine's network for a checked model; {@code dense(n, activation: a)} is two engine
 * layers. Examples come in as flat rows (a dataset's feature columns, a predict list); a model
 * whose input is an image, {@code input [1, 28, 28]}, starts with a reshape of each row to that
 * shape, row-major, which shares the row's storage.
 */
final class Networks {
    private Networks() {
    }

    static Sequential build(Plan.Model model, long seed, Function<dev.nnet.ast.Statement.Def, Layer> defLayers) {
        Rng rng = Rng.forPurpose(seed, "init");
        List<Layer> layers = new ArrayList<>();
        List<Integer> shape = model.inputShape();
        if (shape.size() > 1) layers.add(new Reshape(ints(shape)));
        int denseCount = 0, convCount = 0, normCount = 0;
        Rng dropoutMasks = null; // one generator for all the dropout layers: two layers must not draw the same masks
        List<Plan.Layer> plan = model.layers();
        for (int i = 0; i < plan.size(); i++) {
            Plan.Layer layer = plan.get(i);
            if (layer instanceof Plan.Dense d) {
                Activation activation = activation(d.activation());
                WeightInit init = init(d.init(), activation);
                layers.add(new Dense("dense" + (++denseCount), shape.get(0), d.units(), init, d.bias(),
                        Precision.FLOAT32, rng));
                if (d.custom() != null) layers.add(defLayers.apply(d.custom()));
                else if (activation != Activation.LINEAR) layers.add(activationLayer(activation, d.activationParameter()));
            } else if (layer instanceof Plan.Conv2d c) {
                // the default initialiser suits the activation on the next line, as a dense layer's suits its own
                Activation next = i + 1 < plan.size() && plan.get(i + 1) instanceof Plan.ActivationLayer a
                        ? activation(a.activation()) : null;
                layers.add(new Conv2d("conv" + (++convCount), shape.get(0), c.filters(), c.kernelHeight(),
                        c.kernelWidth(), new int[] {c.strideHeight(), c.strideWidth()},
                        new int[] {c.paddingHeight(), c.paddingWidth()}, init(c.init(), next), c.bias(),
                        Precision.FLOAT32, rng));
            } else if (layer instanceof Plan.Pool p) {
                layers.add(p.max() ? Pool2d.max(p.height(), p.width(), p.strideHeight(), p.strideWidth())
                        : Pool2d.average(p.height(), p.width(), p.strideHeight(), p.strideWidth()));
            } else if (layer instanceof Plan.Flatten) {
                layers.add(new Flatten());
            } else if (layer instanceof Plan.Reshape r) {
                layers.add(new Reshape(ints(r.shape())));
            } else if (layer instanceof Plan.ActivationLayer a) {
                Activation activation = activation(a.activation());
                if (activation != Activation.LINEAR) layers.add(activationLayer(activation, a.parameter()));
            } else if (layer instanceof Plan.DefLayer d) {
                layers.add(defLayers.apply(d.def()));
            } else if (layer instanceof Plan.Dropout d) {
                if (dropoutMasks == null) dropoutMasks = Rng.forPurpose(seed, "dropout");
                layers.add(new Dropout(d.rate(), dropoutMasks));
            } else if (layer instanceof Plan.NormLayer n) {
                // torch's defaults: momentum 0.1 for the running statistics, epsilon 1e-5
                int features = n.features(shape);
                layers.add(n.batch() ? new BatchNorm("batch_norm" + (++normCount), features, 0.1, 1e-5,
                        Precision.FLOAT32) : new LayerNorm("layer_norm" + (++normCount), features, 1e-5,
                        Precision.FLOAT32));
            }
            shape = layer.outputShape(shape);
        }
        return new Sequential(layers);
    }

    private static ActivationLayer activationLayer(Activation activation, double parameter) {
        return Double.isNaN(parameter) ? new ActivationLayer(activation) : new ActivationLayer(activation, parameter);
    }

    /** The initialiser asked for, or the default for the activation that follows (null: none). */
    private static WeightInit init(Plan.Init init, Activation next) {
        if (init == null) return WeightInit.of(Initializer.defaultFor(next == null ? Activation.LINEAR : next));
        return switch (init.kind()) {
            case NORMAL -> WeightInit.normal(init.first());
            case UNIFORM -> WeightInit.uniform(init.first(), init.second());
            default -> WeightInit.of(Initializer.valueOf(init.kind().name()));
        };
    }

    private static int[] ints(List<Integer> shape) {
        return shape.stream().mapToInt(Integer::intValue).toArray();
    }

    static Activation activation(Plan.Activation a) {
        return Activation.valueOf(a.name());
    }

    /**
     * The model on {@code x} and the loss it is trained with against {@code target}: a built-in
     * loss (with huber's delta when given), or a def of the prediction and the target.
     */
    static dev.nnet.engine.Node loss(ModelState model, dev.nnet.engine.Graph g, dev.nnet.engine.Node x,
                                     dev.nnet.engine.Node target) {
        Plan.Objective objective = objective(model);
        if (objective.custom() != null) return defLoss(model, g, model.network().forward(g, x), target);
        dev.nnet.engine.Loss loss = dev.nnet.engine.Loss.valueOf(objective.kind().name());
        return loss.build(g, model.network(), x, target, parameter(objective, loss));
    }

    /** The model's output and its loss from one forward pass (see {@link dev.nnet.engine.Loss#buildWithOutput}). */
    static dev.nnet.engine.Loss.Built lossAndOutput(ModelState model, dev.nnet.engine.Graph g, dev.nnet.engine.Node x,
                                                    dev.nnet.engine.Node target) {
        Plan.Objective objective = objective(model);
        if (objective.custom() != null) {
            dev.nnet.engine.Node output = model.network().forward(g, x);
            return new dev.nnet.engine.Loss.Built(output, defLoss(model, g, output, target));
        }
        dev.nnet.engine.Loss loss = dev.nnet.engine.Loss.valueOf(objective.kind().name());
        return loss.buildWithOutput(g, model.network(), x, target, parameter(objective, loss));
    }

    /**
     * The model's `def` loss of {@code output} against {@code target}, or null when its loss is a
     * built-in one.
     */
    static dev.nnet.engine.Node defLoss(ModelState model, dev.nnet.engine.Graph g, dev.nnet.engine.Node output,
                                        dev.nnet.engine.Node target) {
        Plan.Objective objective = objective(model);
        return objective.custom() == null ? null : model.defLosses.apply(objective.custom()).build(g, output, target);
    }

    /** Whether the model's loss is a `def`. */
    static boolean hasDefLoss(ModelState model) {
        return objective(model).custom() != null;
    }

    /** A model read from a file, or never trained, has only the kind of its loss. */
    private static Plan.Objective objective(ModelState model) {
        return model.objective != null ? model.objective : Plan.Objective.of(model.loss);
    }

    private static double parameter(Plan.Objective objective, dev.nnet.engine.Loss loss) {
        return Double.isNaN(objective.parameter()) ? loss.defaultParameter() : objective.parameter();
    }
}
