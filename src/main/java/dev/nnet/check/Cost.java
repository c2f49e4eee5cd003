package dev.nnet.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What one training step of a model costs, known before anything runs: per layer the output
 * shape, parameters and forward floating-point operations, and the memory of a step. A dense
 * layer's forward pass is 2 * in * out operations per example (a multiply and an add per weight);
 * its backward pass is two such products (for the input's and the weights' gradients), so a
 * training step is about three forward passes. A convolution costs the same per output value and
 * weight of its window; pools one operation per value of each window; flatten and reshape nothing.
 */
public record Cost(String model, String typeName, int batch, String batchSource, List<LayerCost> layers,
                   long parameters, long forwardFlops, long activationBytes, long optimizerBytes, String optimizer) {

    public record LayerCost(String description, String shape, long parameters, long forwardFlops) {
    }

    private static final int FLOAT_BYTES = 4;

    public long stepFlops() {
        return 3 * forwardFlops;
    }

    public long weightBytes() {
        return parameters * FLOAT_BYTES;
    }

    /** The cost of every model of a plan, with the batch size of its first training (32 when it has none). */
    public static List<Cost> of(Plan plan) {
        List<Cost> costs = new ArrayList<>();
        for (Plan.Step step : plan.steps()) {
            if (step instanceof Plan.Model m) costs.add(of(m, firstTraining(plan.steps(), m.name()), plan));
        }
        return costs;
    }

    private static Plan.Train firstTraining(List<Plan.Step> steps, String model) {
        for (Plan.Step step : steps) {
            if (step instanceof Plan.Train t && t.model().equals(model)) return t;
            Plan.Train inner = null;
            if (step instanceof Plan.For f) inner = firstTraining(f.body(), model);
            if (step instanceof Plan.If i) {
                inner = firstTraining(i.then(), model);
                if (inner == null) inner = firstTraining(i.otherwise(), model);
            }
            if (inner != null) return inner;
        }
        return null;
    }

    private static Cost of(Plan.Model model, Plan.Train training, Plan plan) {
        int batch = TrainingRules.DEFAULT_BATCH_SIZE;
        String source = "no train statement: the default batch size";
        String optimizer = "none";
        long stateFloatsPerParameter = 0;
        if (training != null) {
            source = "the train at line " + training.span().line();
            batch = training.batchSize() == 0 ? trainingRows(plan, training) : training.batchSize();
            Plan.Optimizer o = training.optimizer();
            optimizer = o.kind().word();
            stateFloatsPerParameter = switch (o.kind()) {
                case ADAM, ADAMW, RPROP -> 2;
                case ADAGRAD -> 1;
                case RMSPROP -> 1 + (o.number("momentum") > 0 ? 1 : 0) + (o.flag("centered") ? 1 : 0);
                case SGD -> o.number("momentum") > 0 ? 1 : 0;
            };
        }
        List<LayerCost> layers = new ArrayList<>();
        List<Integer> shape = model.inputShape();
        layers.add(new LayerCost("input " + Plan.shapeName(shape), shape(batch, shape), 0, 0));
        long parameters = 0, flops = 0, activations = (long) batch * Plan.size(shape);
        for (Plan.Layer layer : model.layers()) {
            List<Integer> next = layer.outputShape(shape);
            long out = (long) batch * Plan.size(next);
            long params = LayerShapes.parameters(layer, shape);
            long layerFlops;
            if (layer instanceof Plan.Dense d) {
                int width = shape.get(0);
                layerFlops = (long) batch * (2L * width * d.units() + (d.bias() ? d.units() : 0));
                // the activation after it: about one operation per value, a few for exp-based ones
                layerFlops += out * activationFlops(d.activation(), d.custom() != null);
                activations += 2L * out;
            } else if (layer instanceof Plan.Conv2d c) {
                // each output value: a multiply and an add per weight of its window, over every channel
                long window = (long) shape.get(0) * c.kernelHeight() * c.kernelWidth();
                layerFlops = out * (2 * window + (c.bias() ? 1 : 0));
                activations += out;
            } else if (layer instanceof Plan.Pool p) {
                layerFlops = out * p.height() * p.width(); // a comparison (or an add) per value of each window
                activations += out;
            } else if (layer instanceof Plan.ActivationLayer a) {
                layerFlops = out * activationFlops(a.activation(), false);
                activations += out;
            } else if (layer instanceof Plan.DefLayer) {
                layerFlops = out * activationFlops(Plan.Activation.LINEAR, true);
                activations += out;
            } else if (layer instanceof Plan.NormLayer) {
                layerFlops = 8L * out; // mean, variance, normalise, scale and shift
                activations += 2L * out;
            } else if (layer instanceof Plan.Dropout) {
                layerFlops = out; // a mask multiply
                activations += 2L * out;
            } else {
                layerFlops = 0; // flatten and reshape are views of the same values
            }
            layers.add(new LayerCost(layer.describe(), shape(batch, next), params, layerFlops));
            parameters += params;
            flops += layerFlops;
            shape = next;
        }
        return new Cost(model.name(), model.typeName(), batch, source, layers, parameters, flops,
                activations * FLOAT_BYTES * 2, parameters * FLOAT_BYTES * stateFloatsPerParameter, optimizer);
    }

    private static int trainingRows(Plan plan, Plan.Train training) {
        for (Plan.Step step : plan.steps()) {
            if (step instanceof Plan.Dataset d && d.name().equals(training.data().dataset())) {
                double fraction = training.data().partition() == Plan.Partition.TRAIN ? d.schema().trainFraction() : 1;
                return (int) Math.max(1, Math.round(d.schema().rows() * fraction));
            }
        }
        return TrainingRules.DEFAULT_BATCH_SIZE;
    }

    private static int activationFlops(Plan.Activation a, boolean custom) {
        if (custom) return 4;
        return switch (a) {
            case LINEAR -> 0;
            case RELU -> 1;
            case LEAKY_RELU -> 2;
            case SIGMOID, TANH, ELU, SILU, SOFTPLUS -> 4;
            case SOFTMAX, LOG_SOFTMAX, GELU -> 5;
        };
    }

    private static String shape(int batch, List<Integer> shape) {
        StringBuilder out = new StringBuilder("[").append(batch);
        for (int d : shape) out.append(", ").append(d);
        return out.append("]").toString();
    }
}
