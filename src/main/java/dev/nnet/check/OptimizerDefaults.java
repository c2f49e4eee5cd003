package dev.nnet.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** Each optimizer's settings with torch.optim's defaults, in the order a script writes them. */
final class OptimizerDefaults {
    private OptimizerDefaults() {
    }

    static Map<String, Object> settings(Plan.OptimizerKind kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (kind) {
            case SGD -> {
                m.put("learning_rate", 0.01);
                m.put("momentum", 0.0);
                m.put("nesterov", false);
                m.put("weight_decay", 0.0);
            }
            case ADAM, ADAMW -> {
                m.put("learning_rate", 0.001);
                m.put("beta1", 0.9);
                m.put("beta2", 0.999);
                m.put("epsilon", 1e-8);
                m.put("weight_decay", kind == Plan.OptimizerKind.ADAMW ? 0.01 : 0.0);
            }
            case ADAGRAD -> {
                m.put("learning_rate", 0.01);
                m.put("lr_decay", 0.0);
                m.put("weight_decay", 0.0);
                m.put("initial_accumulator", 0.0);
                m.put("epsilon", 1e-10);
            }
            case RMSPROP -> {
                m.put("learning_rate", 0.01);
                m.put("alpha", 0.99);
                m.put("epsilon", 1e-8);
                m.put("weight_decay", 0.0);
                m.put("momentum", 0.0);
                m.put("centered", false);
            }
            case RPROP -> {
                m.put("learning_rate", 0.01);
                m.put("eta_minus", 0.5);
                m.put("eta_plus", 1.2);
                m.put("min_step", 1e-6);
                m.put("max_step", 50.0);
            }
        }
        return m;
    }

    static Plan.Optimizer of(Plan.OptimizerKind kind) {
        return new Plan.Optimizer(kind, settings(kind));
    }

    /** The call's signature: every setting optional, with its default. */
    static Signature signature(Plan.OptimizerKind kind) {
        java.util.List<Signature.Param> params = new java.util.ArrayList<>();
        for (var e : settings(kind).entrySet()) {
            Object v = e.getValue();
            params.add(Signature.optional(e.getKey(), v instanceof Boolean ? Signature.Kind.BOOL : Signature.Kind.NUMBER,
                    v instanceof Boolean b ? new Value.BoolValue(b) : new Value.FloatValue((Double) v)));
        }
        return new Signature(kind.word(), params);
    }
}
