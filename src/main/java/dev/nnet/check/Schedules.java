package dev.nnet.check;

import dev.nnet.ast.Span;
import dev.nnet.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learning-rate schedule calls to plans: their arguments with torch.optim.lr_scheduler's defaults,
 * and the range each must lie in. What depends on the `train` block (the monitored metric, a cosine
 * period that defaults to the epochs) is settled by {@link TrainingRules}.
 */
final class Schedules {
    /** A cosine schedule's period when the script gives none: the train block's epochs. */
    static final double PERIOD_OF_THE_EPOCHS = 0;

    private Schedules() {
    }

    static Signature signature(Plan.ScheduleKind kind) {
        List<Signature.Param> params = new ArrayList<>();
        switch (kind) {
            case STEP_DECAY -> {
                params.add(Signature.required("every", Signature.Kind.INT));
                params.add(Signature.optional("gamma", Signature.Kind.NUMBER, new Value.FloatValue(0.1)));
            }
            case EXPONENTIAL -> params.add(Signature.required("gamma", Signature.Kind.NUMBER));
            case COSINE -> {
                params.add(Signature.optional("period", Signature.Kind.INT, new Value.IntValue(0)));
                params.add(Signature.optional("min_rate", Signature.Kind.NUMBER, new Value.FloatValue(0)));
            }
            case WARMUP -> {
                params.add(Signature.required("epochs", Signature.Kind.INT));
                params.add(Signature.optional("start_factor", Signature.Kind.NUMBER, new Value.FloatValue(1.0 / 3)));
                params.add(Signature.optional("end_factor", Signature.Kind.NUMBER, new Value.FloatValue(1.0)));
            }
            case REDUCE_ON_PLATEAU -> {
                params.add(Signature.optional("monitor", Signature.Kind.STRING, new Value.StringValue("")));
                params.add(Signature.optional("factor", Signature.Kind.NUMBER, new Value.FloatValue(0.1)));
                params.add(Signature.optional("patience", Signature.Kind.INT, new Value.IntValue(10)));
                params.add(Signature.optional("threshold", Signature.Kind.NUMBER, new Value.FloatValue(1e-4)));
                params.add(Signature.optional("cooldown", Signature.Kind.INT, new Value.IntValue(0)));
                params.add(Signature.optional("min_rate", Signature.Kind.NUMBER, new Value.FloatValue(0)));
            }
        }
        return new Signature(kind.word(), params);
    }

    /** The schedule, or null when a setting is out of range (reported, E0410). */
    static Value of(Plan.ScheduleKind kind, BoundArguments a, Reporter reporter) {
        Map<String, Double> settings = new LinkedHashMap<>();
        String monitor = null;
        for (String name : signature(kind).paramNames()) {
            if (name.equals("monitor")) {
                monitor = ((Value.StringValue) a.get(name)).value();
                continue;
            }
            settings.put(name, a.number(name));
        }
        boolean ok = true;
        for (Map.Entry<String, Double> e : settings.entrySet()) {
            String problem = problem(kind, e.getKey(), e.getValue());
            if (problem == null) continue;
            Span span = a.spanOf(e.getKey());
            reporter.error(DiagnosticCode.E0410, span, "`" + e.getKey() + "` of `" + kind.word() + "` " + problem
                    + ", but it is " + Plan.number(e.getValue()), "out of range");
            ok = false;
        }
        if (!ok) return new Value.Invalid();
        return new Value.ScheduleValue(new Plan.Schedule(kind, settings, monitor), a.spanOf("monitor"),
                a.spanOf("min_rate"));
    }

    /** What is wrong with a setting's value, or null. */
    private static String problem(Plan.ScheduleKind kind, String name, double v) {
        return switch (name) {
            case "every", "epochs" -> v >= 1 ? null : "must be at least 1";
            case "period" -> v >= 1 || v == PERIOD_OF_THE_EPOCHS ? null : "must be at least 1";
            case "gamma" -> v > 0 && v <= 1 ? null : "must lie in (0, 1]";
            case "factor" -> v > 0 && v < 1 ? null : "must lie in (0, 1)";
            case "start_factor" -> v > 0 && v <= 1 ? null : "must lie in (0, 1]";
            case "end_factor" -> v >= 0 && v <= 1 ? null : "must lie in [0, 1]";
            default -> v >= 0 ? null : "must not be negative";
        };
    }

    /** The defaults, for a schedule named without parentheses: {@code lr_schedule: cosine}. */
    static Value defaults(Word word, Span span, Reporter reporter) {
        Plan.ScheduleKind kind = Plan.ScheduleKind.valueOf(word.name());
        Signature signature = signature(kind);
        List<String> required = signature.params().stream().filter(Signature.Param::required).map(Signature.Param::name)
                .toList();
        if (!required.isEmpty()) {
            reporter.error(DiagnosticCode.E0208, span, "`" + kind.word() + "` needs the argument `" + required.get(0)
                    + "`", "missing `" + required.get(0) + "`", "write it as `" + kind.word() + "(" + required.get(0)
                    + ": ...)`");
            return new Value.Invalid();
        }
        Map<String, Value> values = new LinkedHashMap<>();
        for (Signature.Param p : signature.params()) values.put(p.name(), p.fallback());
        return of(kind, new BoundArguments(values, Map.of()), reporter);
    }
}
